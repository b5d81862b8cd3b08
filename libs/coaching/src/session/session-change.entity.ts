import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import { User } from '@parity/identity';
import { CoachingSession } from './coaching-session.entity';

export type SessionChangeKind = 'scheduled' | 'rescheduled' | 'cancelled' | 'held' | 'no_show';

/** The history of a session: every booking, reschedule, cancellation and outcome, with who and the times before. */
@Entity({ tableName: 'coaching_session_change' })
@Index({ properties: ['sessionId', 'createdAt'] })
export class SessionChange extends BaseEntity {
  @ManyToOne({ entity: () => CoachingSession, fieldName: 'session_id', mapToPk: true, deleteRule: 'cascade' })
  sessionId!: string;

  /** scheduled | rescheduled | cancelled | held | no_show */
  @Property({ type: 'string', length: 32 })
  kind!: string;

  @Property({ type: 'datetime', nullable: true })
  previousStartsAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  startsAt: Date | null = null;

  @Property({ type: 'integer' })
  sequence!: number;

  @ManyToOne({
    entity: () => User,
    fieldName: 'changed_by_id',
    mapToPk: true,
    nullable: true,
    deleteRule: 'set null',
  })
  changedById: string | null = null;

  static of(input: {
    sessionId: string;
    kind: SessionChangeKind;
    previousStartsAt?: Date | null;
    startsAt: Date | null;
    sequence: number;
    changedById: string | null;
  }): SessionChange {
    const change = new SessionChange();
    change.sessionId = input.sessionId;
    change.kind = input.kind;
    change.previousStartsAt = input.previousStartsAt ?? null;
    change.startsAt = input.startsAt;
    change.sequence = input.sequence;
    change.changedById = input.changedById;
    return change;
  }
}
