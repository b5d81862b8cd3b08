import { randomInt, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

let slot = 0;
/** A random day in 2030–2043 per process, so files that book sessions for the same coach do not overlap. */
const BASE = Date.UTC(2030, 0, 1, 8) + randomInt(0, 5_000) * 86_400_000;

/**
 * A session of an engagement in the given state, written as the session services leave it (booked sessions get
 * their own hour each, so no two overlap for the coach).
 */
export async function givenCoachingSession(
  em: EntityManager,
  options: { engagementId: string; coachId: string; state?: 'proposed' | 'scheduled' | 'held' | 'no_show' },
): Promise<string> {
  const id = randomUUID();
  const state = options.state ?? 'held';
  const startsAt = state === 'proposed' ? null : new Date(BASE + ++slot * 2 * 3_600_000);
  await em.execute(
    `insert into coaching_session (id, created_at, engagement_id, coach_id, state, proposed_times, starts_at, ends_at,
                                   duration_minutes, time_zone)
     values (?, now(), ?, ?, ?, '[]', ?, ?, 60, 'Europe/Podgorica')`,
    [
      id,
      options.engagementId,
      options.coachId,
      state,
      startsAt,
      startsAt ? new Date(startsAt.getTime() + 3_600_000) : null,
    ],
  );
  return id;
}
