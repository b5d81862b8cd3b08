import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import { CoachingSession } from '../session/coaching-session.entity';
import { CoachingEngagement } from '../engagement/coaching-engagement.entity';

/**
 * The coachee's short form after a held session (ratings 1–5): one per session, by constraint. It carries no
 * person (the session says whose); managers see averages of at least a few answers only.
 */
@Entity({ tableName: 'session_feedback' })
@Unique({ properties: ['sessionId'] })
export class SessionFeedback extends BaseEntity {
  @ManyToOne({ entity: () => CoachingSession, fieldName: 'session_id', mapToPk: true, deleteRule: 'cascade' })
  sessionId!: string;

  @ManyToOne({
    entity: () => CoachingEngagement,
    fieldName: 'engagement_id',
    mapToPk: true,
    deleteRule: 'cascade',
  })
  engagementId!: string;

  /** How useful the session was. */
  @Property({ type: 'smallint' })
  usefulness!: number;

  /** How well it related to the coachee's work and role. */
  @Property({ type: 'smallint' })
  relevance!: number;

  /** How confident the coachee feels to act on it. */
  @Property({ type: 'smallint' })
  confidence!: number;
}
