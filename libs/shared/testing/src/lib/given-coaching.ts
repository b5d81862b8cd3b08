import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Institution } from '@parity/identity';

export interface CoachingFixture {
  programmeId: string;
  engagementId: string;
}

/**
 * A coaching programme of `institution` managed by `managerIds`, with one engagement between `coachId` and
 * `coacheeId` (active unless told otherwise), written as the services would leave them.
 */
export async function givenCoaching(
  em: EntityManager,
  options: {
    institution: Institution;
    coachId: string;
    coacheeId: string;
    managerIds?: string[];
    state?: 'proposed' | 'active' | 'completed' | 'ended_early';
    plannedSessions?: number;
    programmeId?: string;
    selfSignUp?: boolean;
  },
): Promise<CoachingFixture> {
  const programmeId = options.programmeId ?? randomUUID();
  if (!options.programmeId) {
    await em.execute(
      `insert into coaching_programme (id, created_at, institution_id, name, starts_on, ends_on, self_sign_up)
       values (?, now(), ?, ?, current_date - 30, current_date + 335, ?)`,
      [
        programmeId,
        options.institution.id,
        `Gender Coach Programme ${programmeId.slice(0, 8)}`,
        options.selfSignUp ?? false,
      ],
    );
    for (const userId of options.managerIds ?? []) {
      await em.execute(
        `insert into programme_manager (id, created_at, programme_id, user_id) values (gen_random_uuid(), now(), ?, ?)`,
        [programmeId, userId],
      );
    }
  }
  const engagementId = randomUUID();
  const state = options.state ?? 'active';
  await em.execute(
    `insert into coaching_engagement (id, created_at, programme_id, coach_id, coachee_id, planned_sessions, state,
                                      coach_accepted_at, coachee_confirmed_at)
     values (?, now(), ?, ?, ?, ?, ?, case when ? <> 'proposed' then now() end, case when ? <> 'proposed' then now() end)`,
    [
      engagementId,
      programmeId,
      options.coachId,
      options.coacheeId,
      options.plannedSessions ?? 5,
      state,
      state,
      state,
    ],
  );
  return { programmeId, engagementId };
}
