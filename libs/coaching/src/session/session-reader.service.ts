import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuthorizationService, type Actor } from '@parity/identity';
import { isUuid } from '@parity/shared/database';
import { notFound, parseInput } from '@parity/shared/errors';
import { CoachingAccess } from '../access/coaching-access.service';
import type { CoachingSessionType } from './dto/coaching-session.type';
import type { SessionChangeType } from './dto/session-change.type';
import { rangeSchema } from './session-input.schema';
import type { SessionState } from './session-state.enum';

interface SessionRow {
  id: string;
  engagement_id: string;
  state: SessionState;
  proposed_times: string[];
  starts_at: Date | string | null;
  ends_at: Date | string | null;
  duration_minutes: number;
  time_zone: string;
  location: string | null;
  online_url: string | null;
  agenda: string | null;
  sequence: number;
  cancel_reason: string | null;
  coach_id: string;
  coach_name: string;
  coachee_id: string;
  coachee_name: string;
  feedback_given: boolean;
}

interface ChangeRow {
  session_id: string;
  kind: string;
  previous_starts_at: Date | string | null;
  starts_at: Date | string | null;
  sequence: number;
  created_at: Date | string;
}

const SELECT = `select s.id, s.engagement_id, s.state, s.proposed_times, s.starts_at, s.ends_at, s.duration_minutes,
    s.time_zone, s.location, s.online_url, s.agenda, s.sequence, s.cancel_reason,
    e.coach_id, coach.display_name as coach_name, e.coachee_id, coachee.display_name as coachee_name,
    exists (select 1 from session_feedback f where f.session_id = s.id) as feedback_given
  from coaching_session s
  join coaching_engagement e on e.id = s.engagement_id
  join user_account coach on coach.id = e.coach_id
  join user_account coachee on coachee.id = e.coachee_id`;

/** Raw statements return timestamps as the driver reads them (text): the API serves Dates. */
const instant = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));

/** Sessions in time order: booked ones by their start, proposed ones by their first offered time. */
const ORDER = `order by coalesce(s.starts_at, (s.proposed_times->>0)::timestamptz), s.created_at, s.id`;

/**
 * Reads sessions for the pair (the only people who see them): one session, an engagement's sessions, or the
 * caller's calendar. Two statements whatever the number of sessions (the sessions, then all their histories).
 */
@Injectable()
export class SessionReader {
  constructor(
    private readonly em: EntityManager,
    private readonly access: CoachingAccess,
    private readonly authz: AuthorizationService,
  ) {}

  /** `coachingSession`: the pair only. */
  async one(actor: Actor | null, sessionId: string): Promise<CoachingSessionType> {
    const engagementId = await this.engagementOf(sessionId);
    await this.access.engagement(actor, 'coaching.session.read', engagementId);
    return this.byId(this.em, sessionId);
  }

  /** `CoachingEngagement.sessions`: the engagement's sessions, for the pair (checked again here). */
  async ofEngagement(actor: Actor | null, engagementId: string): Promise<CoachingSessionType[]> {
    await this.access.engagement(actor, 'coaching.engagement.read', engagementId);
    return this.list(`where s.engagement_id = ?`, [engagementId]);
  }

  /**
   * `myCoachingSessions`: the sessions of the caller's engagements (as coach or coachee) booked in [from, to), or
   * still proposed with an offered time in it; the range is at most 93 days.
   */
  async mine(actorOrNull: Actor | null, from: Date, to: Date): Promise<CoachingSessionType[]> {
    const actor = this.authz.assert(actorOrNull, 'coaching.mine', {
      institutionId: actorOrNull?.institutionId ?? null,
      ownerId: actorOrNull?.userId ?? null,
    });
    const range = parseInput(rangeSchema, { from, to });
    return this.list(
      `where (e.coach_id = ? or e.coachee_id = ?)
         and ((s.starts_at >= ? and s.starts_at < ?)
           or (s.state = 'proposed' and exists (
                 select 1 from jsonb_array_elements_text(s.proposed_times) t
                 where t::timestamptz >= ? and t::timestamptz < ?)))`,
      [actor.userId, actor.userId, range.from, range.to, range.from, range.to],
    );
  }

  /** One session, already decided by the caller (after a change). */
  async byId(em: EntityManager, sessionId: string): Promise<CoachingSessionType> {
    const [session] = await this.list(`where s.id = ?`, [sessionId], em);
    if (!session) throw notFound('Coaching session');
    return session;
  }

  private async engagementOf(sessionId: string): Promise<string> {
    if (!isUuid(sessionId)) throw notFound('Coaching session');
    const [row] = await this.em.execute<{ engagement_id: string }[]>(
      `select engagement_id from coaching_session where id = ?`,
      [sessionId],
    );
    if (!row) throw notFound('Coaching session');
    return row.engagement_id;
  }

  private async list(
    where: string,
    params: unknown[],
    em: EntityManager = this.em,
  ): Promise<CoachingSessionType[]> {
    const rows = await em.execute<SessionRow[]>(`${SELECT} ${where} ${ORDER}`, params);
    if (rows.length === 0) return [];
    const changes = await em.execute<ChangeRow[]>(
      `select session_id, kind, previous_starts_at, starts_at, sequence, created_at
         from coaching_session_change where session_id = any(?::uuid[])
        order by created_at, sequence, id`,
      [`{${rows.map((row) => row.id).join(',')}}`],
    );
    const history = new Map<string, SessionChangeType[]>();
    for (const change of changes) {
      const list = history.get(change.session_id) ?? [];
      list.push({
        kind: change.kind,
        previousStartsAt: instant(change.previous_starts_at),
        startsAt: instant(change.starts_at),
        sequence: change.sequence,
        createdAt: new Date(change.created_at),
      });
      history.set(change.session_id, list);
    }
    return rows.map((row) => ({
      id: row.id,
      engagementId: row.engagement_id,
      state: row.state,
      proposedTimes: row.proposed_times.map((time) => new Date(time)),
      startsAt: instant(row.starts_at),
      endsAt: instant(row.ends_at),
      durationMinutes: row.duration_minutes,
      timeZone: row.time_zone,
      location: row.location,
      onlineUrl: row.online_url,
      agenda: row.agenda,
      sequence: row.sequence,
      cancelReason: row.cancel_reason,
      history: history.get(row.id) ?? [],
      feedbackGiven: row.feedback_given,
      coach: { id: row.coach_id, displayName: row.coach_name },
      coachee: { id: row.coachee_id, displayName: row.coachee_name },
    }));
  }
}
