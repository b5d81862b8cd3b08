import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import { User } from '@parity/identity';
import { CoachingProgramme } from '../programme/coaching-programme.entity';
import { EngagementState } from './engagement-state.enum';

/**
 * One coach and one coachee in a programme, for a planned series of sessions. A manager proposes it; the coach
 * accepts and the coachee confirms (then it is active); the coach marks it complete and the coachee confirms (then
 * it is completed and a certificate of participation follows). One open engagement per coachee and programme.
 */
@Entity({ tableName: 'coaching_engagement' })
@Index({
  name: 'coaching_engagement_open_unique',
  expression: `create unique index "coaching_engagement_open_unique" on "coaching_engagement" ("programme_id", "coachee_id") where "state" in ('proposed', 'active')`,
})
@Index({ properties: ['coachId', 'state'] })
@Index({ properties: ['coacheeId', 'state'] })
@Index({ properties: ['programmeId', 'state'] })
export class CoachingEngagement extends BaseEntity {
  @ManyToOne({
    entity: () => CoachingProgramme,
    fieldName: 'programme_id',
    mapToPk: true,
    deleteRule: 'cascade',
  })
  programmeId!: string;

  @ManyToOne({ entity: () => User, fieldName: 'coach_id', mapToPk: true, deleteRule: 'cascade' })
  coachId!: string;

  @ManyToOne({ entity: () => User, fieldName: 'coachee_id', mapToPk: true, deleteRule: 'cascade' })
  coacheeId!: string;

  @Property({ type: 'integer' })
  plannedSessions!: number;

  @Property({ type: 'date', nullable: true })
  startsOn: string | null = null;

  @Property({ type: 'date', nullable: true })
  endsOn: string | null = null;

  @Enum({ items: () => EngagementState, nativeEnumName: 'engagement_state' })
  state: EngagementState = EngagementState.PROPOSED;

  @ManyToOne({
    entity: () => User,
    fieldName: 'proposed_by_id',
    mapToPk: true,
    nullable: true,
    deleteRule: 'set null',
  })
  proposedById: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  coachAcceptedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  coacheeConfirmedAt: Date | null = null;

  /** The coach marked the engagement complete; the coachee's confirmation completes it. */
  @Property({ type: 'datetime', nullable: true })
  coachCompletedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  completedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  endedAt: Date | null = null;

  /** Why it ended early (the person's own words; shown to the pair and the managers). */
  @Property({ type: 'text', nullable: true })
  endedReason: string | null = null;

  @Property({ type: 'datetime', nullable: true, onUpdate: () => new Date() })
  updatedAt: Date | null = null;
}
