import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role, type Institution, type User } from '@parity/identity';
import { given, givenCoaching } from '@parity/shared/testing';

/** A learner of the reporting fixture: their institution, their position i in their group and its size. */
export interface CoachingLearner {
  user: User;
  institution: Institution;
  i: number;
  size: number;
}

/** Coach accepted last: the engagement started when the coach accepted (the later of the two). */
const COACHEE_CONFIRMED = new Date('2024-12-30T09:00:00Z');
const COACH_ACCEPTED = new Date('2025-01-04T09:00:00Z');
/** An earlier engagement, completed, both accepted in December 2024. */
const EARLIER_ACCEPTED = new Date('2024-12-20T09:00:00Z');
const EARLIER_CONFIRMED = new Date('2024-12-28T09:00:00Z');
const FIRST_SESSION = Date.parse('2025-02-03T08:00:00Z');
const HOUR = 3_600_000;

/**
 * The coaching of the reporting fixture, by position i in each group of size n (the coachee is the person counted):
 *
 * - i < n − 1: an engagement started (coachee confirmed 2024-12-30, coach accepted 2025-01-04) with 1 + (i mod 2)
 *   sessions held, and for i = 1 also one cancelled and one no-show (not held);
 * - i = 0 also an earlier engagement, completed (started 2024-12-28), with one session held;
 * - i = n − 1: an engagement the coach accepted but the coachee never confirmed (not started, no session).
 *
 * So a group of n has n engagements started (n − 1 people) and, for groups of 6, 8, 5, 7, 2, sessions held 8, 11,
 * 7, 10, 2 (n − 1 people).
 */
export async function givenReportingCoaching(
  em: EntityManager,
  learners: readonly CoachingLearner[],
): Promise<void> {
  const g = given(em);
  const programmes = new Map<string, { programmeId: string; coachId: string }>();
  let slot = 0;
  const session = async (engagementId: string, coachId: string, state: string): Promise<void> => {
    const startsAt = new Date(FIRST_SESSION + slot * 2 * HOUR);
    slot += 1;
    await em.execute(
      `insert into coaching_session (id, created_at, engagement_id, coach_id, state, proposed_times, starts_at, ends_at,
                                     duration_minutes, time_zone)
       values (?, now(), ?, ?, ?, '[]', ?, ?::timestamptz + interval '60 minutes', 60, 'Europe/Podgorica')`,
      [randomUUID(), engagementId, coachId, state, startsAt, startsAt],
    );
  };
  const dated = async (engagementId: string, coachAt: Date | null, coacheeAt: Date | null): Promise<void> => {
    await em.execute(
      `update coaching_engagement set coach_accepted_at = ?, coachee_confirmed_at = ? where id = ?`,
      [coachAt, coacheeAt, engagementId],
    );
  };
  for (const { user, institution, i, size } of learners) {
    let programme = programmes.get(institution.id);
    const coachId = programme?.coachId ?? (await g.user({ institution, roles: [Role.COACH] })).id;
    const started = i < size - 1;
    const engagement = await givenCoaching(em, {
      institution,
      coachId,
      coacheeId: user.id,
      programmeId: programme?.programmeId,
      state: started ? 'active' : 'proposed',
    });
    if (!programme) {
      programme = { programmeId: engagement.programmeId, coachId };
      programmes.set(institution.id, programme);
    }
    if (!started) {
      await dated(engagement.engagementId, COACH_ACCEPTED, null);
      continue;
    }
    await dated(engagement.engagementId, COACH_ACCEPTED, COACHEE_CONFIRMED);
    for (let held = 0; held < 1 + (i % 2); held += 1) await session(engagement.engagementId, coachId, 'held');
    if (i === 1) {
      await session(engagement.engagementId, coachId, 'cancelled');
      await session(engagement.engagementId, coachId, 'no_show');
    }
    if (i === 0) {
      const earlier = await givenCoaching(em, {
        institution,
        coachId,
        coacheeId: user.id,
        programmeId: programme.programmeId,
        state: 'completed',
      });
      await dated(earlier.engagementId, EARLIER_ACCEPTED, EARLIER_CONFIRMED);
      await session(earlier.engagementId, coachId, 'held');
    }
  }
}
