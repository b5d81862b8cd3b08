import { randomUUID } from 'node:crypto';
import type { Relation } from '@parity/identity';
import type { CoachingWorld, RelationProbe } from './coaching-probe';
import { byError } from './probes';

/** Every relation a session is decided under ("author" concerns notes only). */
const RELATIONS: readonly Relation[] = [
  'coach',
  'coachee',
  'manager',
  'institution_admin',
  'platform_admin',
  'stranger',
];

const HOUR = 3_600_000;
let slot = 0;

/** A time no other probe's session uses (two hours apart), so a booking never overlaps another probe's. */
const nextSlot = (fromNow: 'future' | 'past'): Date => {
  slot += 1;
  const offset = (fromNow === 'future' ? 48 : -240) * HOUR + slot * 2 * HOUR;
  return new Date(Math.floor((Date.now() + offset) / HOUR) * HOUR);
};

/**
 * A session of the world's engagement, written as the services would leave it: proposed (one offered time),
 * scheduled in the future, or scheduled and already started (for an outcome).
 */
async function freshSession(
  world: CoachingWorld,
  state: 'proposed' | 'scheduled' | 'started',
): Promise<{ id: string; time: Date }> {
  const id = randomUUID();
  const time = nextSlot(state === 'started' ? 'past' : 'future');
  const booked = state !== 'proposed';
  await world.em().execute(
    `insert into coaching_session (id, created_at, engagement_id, coach_id, state, proposed_times, starts_at, ends_at,
                                     duration_minutes, time_zone)
       values (?, now(), ?, ?, ?, ?, ?, ?, 60, 'Europe/Podgorica')`,
    [
      id,
      world.engagementId,
      world.people.coach.id,
      booked ? 'scheduled' : 'proposed',
      JSON.stringify([time.toISOString()]),
      booked ? time : null,
      booked ? new Date(time.getTime() + HOUR) : null,
    ],
  );
  return { id, time };
}

/** Sessions are the pair's: the coach plans, the coachee accepts, either cancels, and no one else sees them. */
export const COACHING_SESSION_PROBES: Record<string, RelationProbe> = {
  coachingSession: {
    relations: RELATIONS,
    run: async (caller, _relation, world) => {
      const { id } = await freshSession(world, 'scheduled');
      return byError(await caller.gql(`query($id: ID!) { coachingSession(id: $id) { id agenda } }`, { id }));
    },
  },
  proposeCoachingSession: {
    relations: RELATIONS,
    run: async (caller, _relation, world) =>
      byError(
        await caller.gql(
          `mutation($input: ProposeSessionInput!) { proposeCoachingSession(input: $input) { id } }`,
          {
            input: {
              engagementId: world.engagementId,
              proposedTimes: [nextSlot('future').toISOString()],
              durationMinutes: 60,
              timeZone: 'Europe/Podgorica',
              onlineUrl: 'https://meet.example.org/probe',
            },
          },
        ),
      ),
  },
  acceptCoachingSessionTime: {
    relations: RELATIONS,
    run: async (caller, _relation, world) => {
      const { id, time } = await freshSession(world, 'proposed');
      return byError(
        await caller.gql(
          `mutation($id: ID!, $at: DateTime!) { acceptCoachingSessionTime(id: $id, startsAt: $at) { id } }`,
          { id, at: time.toISOString() },
        ),
      );
    },
  },
  rescheduleCoachingSession: {
    relations: RELATIONS,
    run: async (caller, _relation, world) => {
      const { id } = await freshSession(world, 'scheduled');
      return byError(
        await caller.gql(
          `mutation($id: ID!, $at: DateTime!) { rescheduleCoachingSession(id: $id, startsAt: $at) { id } }`,
          { id, at: nextSlot('future').toISOString() },
        ),
      );
    },
  },
  cancelCoachingSession: {
    relations: RELATIONS,
    run: async (caller, _relation, world) => {
      const { id } = await freshSession(world, 'scheduled');
      return byError(
        await caller.gql(`mutation($id: ID!) { cancelCoachingSession(id: $id, reason: "Probe") { id } }`, {
          id,
        }),
      );
    },
  },
  recordCoachingSessionOutcome: {
    relations: RELATIONS,
    run: async (caller, _relation, world) => {
      const { id } = await freshSession(world, 'started');
      return byError(
        await caller.gql(
          `mutation($id: ID!) { recordCoachingSessionOutcome(id: $id, outcome: HELD) { id state } }`,
          { id },
        ),
      );
    },
  },
};
