import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import { User } from '@parity/identity';
import { CoachingEngagement } from '../engagement/coaching-engagement.entity';
import { SessionState } from './session-state.enum';

/**
 * A coaching session. The coach proposes times (`proposedTimes`); the coachee accepts one, which books it
 * (`startsAt`..`endsAt`). A coach is never booked twice at once: an exclusion constraint over the coach and the
 * booked time range of scheduled and held sessions refuses the second, however the requests interleave. Its id is
 * the calendar UID; `sequence` rises on every change so a reschedule or cancellation replaces the invitation.
 */
@Entity({ tableName: 'coaching_session' })
@Index({
  name: 'coaching_session_coach_no_overlap',
  expression: `alter table "coaching_session" add constraint "coaching_session_coach_no_overlap" exclude using gist ("coach_id" with =, tstzrange("starts_at", "ends_at") with &&) where ("state" in ('scheduled', 'held'))`,
})
@Index({ properties: ['engagementId', 'startsAt'] })
@Index({ properties: ['coachId', 'startsAt'] })
@Index({
  name: 'coaching_session_upcoming_index',
  expression: `create index "coaching_session_upcoming_index" on "coaching_session" ("starts_at") where "state" = 'scheduled'`,
})
export class CoachingSession extends BaseEntity {
  @ManyToOne({
    entity: () => CoachingEngagement,
    fieldName: 'engagement_id',
    mapToPk: true,
    deleteRule: 'cascade',
  })
  engagementId!: string;

  /** The engagement's coach, kept on the session so the database can refuse double booking. */
  @ManyToOne({ entity: () => User, fieldName: 'coach_id', mapToPk: true, deleteRule: 'cascade' })
  coachId!: string;

  @Enum({ items: () => SessionState, nativeEnumName: 'coaching_session_state' })
  state: SessionState = SessionState.PROPOSED;

  /** The times the coach offered (ISO instants), while the session is proposed. */
  @Property({ type: 'json' })
  proposedTimes: string[] = [];

  @Property({ type: 'datetime', nullable: true })
  startsAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  endsAt: Date | null = null;

  @Property({ type: 'integer' })
  durationMinutes!: number;

  /** The IANA zone the session was planned in (e.g. Europe/Podgorica); each person's reminders use their own. */
  @Property({ type: 'string', length: 64 })
  timeZone!: string;

  @Property({ type: 'string', length: 300, nullable: true })
  location: string | null = null;

  @Property({ type: 'string', length: 500, nullable: true })
  onlineUrl: string | null = null;

  @Property({ type: 'text', nullable: true })
  agenda: string | null = null;

  /** iCalendar SEQUENCE: raised on every reschedule and on cancellation. */
  @Property({ type: 'integer', default: 0 })
  sequence = 0;

  @Property({ type: 'text', nullable: true })
  cancelReason: string | null = null;

  @Property({ type: 'datetime', nullable: true, onUpdate: () => new Date() })
  updatedAt: Date | null = null;

  /** The coachee took one of the offered times: the session is booked for it (the database refuses an overlap). */
  book(startsAt: Date): void {
    this.state = SessionState.SCHEDULED;
    this.startsAt = startsAt;
    this.endsAt = new Date(startsAt.getTime() + this.durationMinutes * 60_000);
  }

  /** The coach moved a booked session: a new time and a new calendar sequence. */
  reschedule(startsAt: Date): void {
    this.startsAt = startsAt;
    this.endsAt = new Date(startsAt.getTime() + this.durationMinutes * 60_000);
    this.sequence += 1;
  }

  /** Either of the pair called it off; the booked time (if any) is kept for the history and the calendar. */
  cancel(reason: string | null): void {
    this.state = SessionState.CANCELLED;
    this.cancelReason = reason;
    this.sequence += 1;
  }

  /** After it started, the coach records whether it was held or the coachee did not come. */
  recordOutcome(outcome: SessionState.HELD | SessionState.NO_SHOW): void {
    this.state = outcome;
  }
}
