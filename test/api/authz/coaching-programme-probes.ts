import { randomUUID } from 'node:crypto';
import type { Relation } from '@parity/identity';
import { givenCoaching } from '@parity/shared/testing';
import type { ApiClient } from '../../support/test-app';
import type { CoachingWorld, RelationProbe } from './coaching-probe';
import { byError, unique, type Probe, type Target } from './probes';

/** Every relation but `author` (a relation to a note, which no programme or engagement row names). */
const EVERY: readonly Relation[] = [
  'coach',
  'coachee',
  'manager',
  'institution_admin',
  'platform_admin',
  'stranger',
];
const SUMMARY = `id state`;

/** A fresh programme of the world's institution, managed by the world's manager, with an engagement in `state`. */
async function freshEngagement(
  world: CoachingWorld,
  state: 'proposed' | 'active' | 'completed',
  selfSignUp = false,
): Promise<{ programmeId: string; engagementId: string }> {
  return givenCoaching(world.em(), {
    institution: world.institution,
    coachId: world.people.coach.id,
    coacheeId: world.people.coachee.id,
    managerIds: [world.people.manager.id],
    state,
    selfSignUp,
  });
}

/** The world's coach can take engagements (a profile with room), so an allowed proposal succeeds. */
async function coachWithRoom(world: CoachingWorld): Promise<void> {
  await world.em().execute(
    `insert into coach_profile (id, created_at, user_id, expertise, languages, max_engagements, accepting)
     values (gen_random_uuid(), now(), ?, '[]', '["en"]', 1000, true)
     on conflict (user_id) do update set max_engagements = 1000, accepting = true`,
    [world.people.coach.id],
  );
}

const mutateEngagement =
  (mutation: string, state: 'proposed' | 'active', extra = ''): RelationProbe['run'] =>
  async (caller: ApiClient, _relation: Relation, world: CoachingWorld) => {
    const { engagementId } = await freshEngagement(world, state);
    return byError(
      await caller.gql(`mutation($id: ID!) { ${mutation}(id: $id${extra}) { ${SUMMARY} } }`, {
        id: engagementId,
      }),
    );
  };

/** Relation-decided root fields of programmes and engagements (see coaching-matrix.spec.ts). */
export const COACHING_PROGRAMME_PROBES: Record<string, RelationProbe> = {
  programmeApplications: {
    relations: EVERY,
    run: async (caller, _relation, world) =>
      byError(
        await caller.gql(`query($p: ID!) { programmeApplications(programmeId: $p) { id status } }`, {
          p: world.programmeId,
        }),
      ),
  },
  decideProgrammeApplication: {
    relations: EVERY,
    run: async (caller, _relation, world) => {
      const { programmeId } = await freshEngagement(world, 'completed', true);
      const id = randomUUID();
      await world
        .em()
        .execute(
          `insert into programme_application (id, created_at, programme_id, user_id, status) values (?, now(), ?, ?, 'pending')`,
          [id, programmeId, world.people.coachee.id],
        );
      return byError(
        await caller.gql(
          `mutation($id: ID!) { decideProgrammeApplication(id: $id, approve: true) { status } }`,
          {
            id,
          },
        ),
      );
    },
  },
  coachesForMatching: {
    relations: EVERY,
    run: async (caller, _relation, world) =>
      byError(
        await caller.gql(`query($p: ID!) { coachesForMatching(programmeId: $p) { userId } }`, {
          p: world.programmeId,
        }),
      ),
  },
  proposeCoachingEngagement: {
    relations: EVERY,
    run: async (caller, _relation, world) => {
      // The coachee's earlier engagement in the fresh programme is completed: a new one may be opened.
      const { programmeId } = await freshEngagement(world, 'completed');
      await coachWithRoom(world);
      return byError(
        await caller.gql(
          `mutation($p: ID!, $coach: ID!, $coachee: ID!) {
             proposeCoachingEngagement(programmeId: $p, coachId: $coach, coacheeId: $coachee, plannedSessions: 3) { ${SUMMARY} } }`,
          { p: programmeId, coach: world.people.coach.id, coachee: world.people.coachee.id },
        ),
      );
    },
  },
  programmeEngagements: {
    relations: EVERY,
    run: async (caller, _relation, world) =>
      byError(
        await caller.gql(
          `query($p: ID!) { programmeEngagements(programmeId: $p) { nodes { ${SUMMARY} } } }`,
          {
            p: world.programmeId,
          },
        ),
      ),
  },
  programmeDashboard: {
    relations: EVERY,
    run: async (caller, _relation, world) =>
      byError(
        await caller.gql(`query($p: ID!) { programmeDashboard(programmeId: $p) { sessionsHeld } }`, {
          p: world.programmeId,
        }),
      ),
  },
  coachingEngagement: {
    relations: EVERY,
    run: async (caller, _relation, world) =>
      byError(
        await caller.gql(`query($id: ID!) { coachingEngagement(id: $id) { id summary { ${SUMMARY} } } }`, {
          id: world.engagementId,
        }),
      ),
  },
  acceptCoachingEngagement: {
    relations: EVERY,
    run: mutateEngagement('acceptCoachingEngagement', 'proposed'),
  },
  declineCoachingEngagement: {
    relations: EVERY,
    run: mutateEngagement('declineCoachingEngagement', 'proposed'),
  },
  // On a fresh active engagement: the coach is told NOT_ENOUGH_SESSIONS and the coachee that marking is the
  // coach's step (ENGAGEMENT_STATE_CONFLICT) — both past authorisation; anyone else is FORBIDDEN.
  markCoachingEngagementComplete: {
    relations: EVERY,
    run: mutateEngagement('markCoachingEngagementComplete', 'active'),
  },
  confirmCoachingEngagementComplete: {
    relations: EVERY,
    run: mutateEngagement('confirmCoachingEngagementComplete', 'active'),
  },
  endCoachingEngagement: {
    relations: EVERY,
    run: mutateEngagement('endCoachingEngagement', 'active', ', reason: "Probe"'),
  },
};

/** A programme of the target's institution, written as the service would. */
async function freshProgramme(t: Target, selfSignUp = false): Promise<string> {
  const id = randomUUID();
  await t.em().execute(
    `insert into coaching_programme (id, created_at, institution_id, name, starts_on, ends_on, self_sign_up)
     values (?, now(), ?, ?, current_date, current_date + 365, ?)`,
    [id, t.institution.id, `Probe programme ${unique()}`, selfSignUp],
  );
  return id;
}

const INSTITUTIONS = ['institution', 'other'] as const;
const PROGRAMME_INPUT = (t: Target) => ({
  institutionId: t.institution.id,
  name: `Probe programme ${unique()}`,
  startsOn: '2027-01-01',
  endsOn: '2027-12-31',
  selfSignUp: false,
  managerIds: [],
});

/** Role-decided coaching fields (see authorization-matrix.spec.ts): programmes, one's profile and one's own lists. */
export const COACHING_PROGRAMME_ROLE_PROBES: Record<string, Probe> = {
  createCoachingProgramme: {
    whose: INSTITUTIONS,
    run: async (c, t) =>
      byError(
        await c.gql(
          `mutation($input: CoachingProgrammeInput!) { createCoachingProgramme(input: $input) { id } }`,
          {
            input: PROGRAMME_INPUT(t),
          },
        ),
      ),
  },
  updateCoachingProgramme: {
    whose: INSTITUTIONS,
    run: async (c, t) =>
      byError(
        await c.gql(
          `mutation($id: ID!, $input: CoachingProgrammeInput!) { updateCoachingProgramme(id: $id, input: $input) { id } }`,
          { id: await freshProgramme(t), input: PROGRAMME_INPUT(t) },
        ),
      ),
  },
  coachingProgrammes: {
    whose: INSTITUTIONS,
    run: async (c, t) =>
      byError(
        await c.gql(`query($i: ID) { coachingProgrammes(institutionId: $i) { nodes { id } } }`, {
          i: t.institution.id,
        }),
      ),
  },
  coachingProgramme: {
    whose: INSTITUTIONS,
    run: async (c, t) =>
      byError(
        await c.gql(`query($id: ID!) { coachingProgramme(id: $id) { id } }`, { id: await freshProgramme(t) }),
      ),
  },
  applyToCoachingProgramme: {
    whose: INSTITUTIONS,
    run: async (c, t) =>
      byError(
        await c.gql(`mutation($p: ID!) { applyToCoachingProgramme(programmeId: $p) { status } }`, {
          p: await freshProgramme(t, true),
        }),
      ),
  },
  myCoachProfile: {
    whose: ['own'],
    run: async (c) => byError(await c.gql(`{ myCoachProfile { userId } }`)),
  },
  saveMyCoachProfile: {
    whose: ['own'],
    run: async (c) =>
      byError(
        await c.gql(`mutation($input: CoachProfileInput!) { saveMyCoachProfile(input: $input) { userId } }`, {
          input: { expertise: ['leadership'], languages: ['en'], maxEngagements: 3, accepting: true },
        }),
      ),
  },
  myCoachingEngagements: {
    whose: ['own'],
    run: async (c) => byError(await c.gql(`{ myCoachingEngagements { nodes { id } } }`)),
  },
  myCoachingSessions: {
    whose: ['own'],
    run: async (c) =>
      byError(
        await c.gql(
          `query($from: DateTime!, $to: DateTime!) { myCoachingSessions(from: $from, to: $to) { id } }`,
          {
            from: new Date(Date.now() - 86_400_000).toISOString(),
            to: new Date(Date.now() + 30 * 86_400_000).toISOString(),
          },
        ),
      ),
  },
  myProgrammeApplications: {
    whose: ['own'],
    run: async (c) => byError(await c.gql(`{ myProgrammeApplications { id } }`)),
  },
};
