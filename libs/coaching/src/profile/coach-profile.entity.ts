import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import { User } from '@parity/identity';

/** A coach's profile: what managers filter by when they match (expertise, languages, load). One per person. */
@Entity({ tableName: 'coach_profile' })
@Unique({ properties: ['userId'] })
export class CoachProfile extends BaseEntity {
  @ManyToOne({ entity: () => User, fieldName: 'user_id', mapToPk: true, deleteRule: 'cascade' })
  userId!: string;

  /** Free tags, e.g. "leadership", "gender mainstreaming", "UNSCR 1325". */
  @Property({ type: 'json' })
  expertise: string[] = [];

  /** Parity locale codes the coach works in (en, bs, hr, sr-Latn, sr-Cyrl, cnr, mk, sq). */
  @Property({ type: 'json' })
  languages: string[] = [];

  /** Free text, e.g. "Tuesdays and Thursdays, afternoons". */
  @Property({ type: 'text', nullable: true })
  availability: string | null = null;

  /** How many active engagements the coach takes at most. */
  @Property({ type: 'integer', default: 5 })
  maxEngagements = 5;

  @Property({ type: 'boolean', default: true })
  accepting = true;

  @Property({ type: 'datetime', nullable: true, onUpdate: () => new Date() })
  updatedAt: Date | null = null;
}
