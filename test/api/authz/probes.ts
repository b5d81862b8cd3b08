import type { EntityManager } from '@mikro-orm/postgresql';
import type { Institution, Unit, User, Whose } from '@parity/identity';
import type { CourseFixture } from '@parity/shared/testing';
import type { ApiClient, GraphqlResult } from '../../support/test-app';

export interface Target {
  user: User;
  institution: Institution;
  unit: Unit;
  /** A course of this "whose": co-authored by the caller (own), of the caller's institution, of another (shared). */
  course: CourseFixture;
  em: () => EntityManager;
  /** A provider of the running api (e.g. the certificate issuer, to issue as the worker does). */
  service: <T>(token: abstract new (...args: never[]) => T) => T;
}

export type Outcome = 'allowed' | 'denied';

export interface Probe {
  /** The "whose" values this root field can be asked about (an institution-level object has no owner). */
  whose: readonly Whose[];
  run(client: ApiClient, target: Target): Promise<Outcome>;
}

let counter = 0;

/** FORBIDDEN means denied; a successful answer, or any other error (e.g. a wrong current password), got past authorisation. */
export function byError(result: GraphqlResult): Outcome {
  const codes = (result.errors ?? []).map((error) => error.extensions?.code);
  if (codes.includes('FORBIDDEN')) return 'denied';
  if (codes.includes('UNAUTHENTICATED') || codes.includes('INTERNAL'))
    throw new Error(`unexpected ${JSON.stringify(result.errors)}`);
  return 'allowed';
}

export const unique = (): string => `${Date.now().toString(36)}-${++counter}`;
const ALL: readonly Whose[] = ['own', 'unit', 'institution', 'other'];
const PLACES: readonly Whose[] = ['unit', 'institution', 'other'];
const INSTITUTIONS: readonly Whose[] = ['institution', 'other'];

/** One probe per GraphQL root field that needs authorisation: how to ask for "whose" object, and how to read the answer. */
export const IDENTITY_PROBES: Record<string, Probe> = {
  updateMyProfile: {
    whose: ['own'],
    run: async (c) =>
      byError(await c.gql(`mutation { updateMyProfile(input: { timeZone: "Europe/Sarajevo" }) { id } }`)),
  },
  changeMyPassword: {
    whose: ['own'],
    run: async (c) =>
      byError(
        await c.gql(
          `mutation { changeMyPassword(input: { currentPassword: "not-it-at-all", newPassword: "whatever-long-enough" }) }`,
        ),
      ),
  },
  countries: { whose: ['other'], run: async (c) => byError(await c.gql(`{ countries { code } }`)) },
  institutions: { whose: ['other'], run: async (c) => byError(await c.gql(`{ institutions { id } }`)) },
  units: {
    whose: INSTITUTIONS,
    run: async (c, t) =>
      byError(await c.gql(`query($i: ID!) { units(institutionId: $i) { id } }`, { i: t.institution.id })),
  },
  createUnit: {
    whose: PLACES,
    run: async (c, t) =>
      byError(
        await c.gql(`mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }`, {
          input: { institutionId: t.institution.id, parentId: t.unit.id, name: `Probe ${unique()}` },
        }),
      ),
  },
  renameUnit: {
    whose: PLACES,
    run: async (c, t) =>
      byError(
        await c.gql(`mutation($id: ID!, $n: String!) { renameUnit(id: $id, name: $n) { id } }`, {
          id: t.unit.id,
          n: `Renamed ${unique()}`,
        }),
      ),
  },
  users: {
    whose: ALL,
    run: async (c, t) => {
      const result = await c.gql<{ users: { nodes: { id: string }[] } }>(
        `query($s: String) { users(search: $s, first: 5) { nodes { id } } }`,
        {
          s: t.user.email,
        },
      );
      if (byError(result) === 'denied') return 'denied';
      return result.data?.users.nodes.some((node) => node.id === t.user.id) ? 'allowed' : 'denied';
    },
  },
  user: {
    whose: ALL,
    run: async (c, t) => byError(await c.gql(`query($id: ID!) { user(id: $id) { id } }`, { id: t.user.id })),
  },
  createUser: {
    whose: PLACES,
    run: async (c, t) =>
      byError(
        await c.gql(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
          input: {
            institutionId: t.institution.id,
            unitId: t.unit.id,
            email: `probe-${unique()}@example.test`,
            displayName: 'Probe',
            sendInvitation: false,
          },
        }),
      ),
  },
  importPeople: {
    whose: INSTITUTIONS,
    run: async (c, t) =>
      byError(
        await c.gql(`mutation($input: ImportPeopleInput!) { importPeople(input: $input) { imported } }`, {
          input: {
            institutionId: t.institution.id,
            dryRun: true,
            csv: `email,display_name\nprobe-${unique()}@example.test,Probe`,
          },
        }),
      ),
  },
  updateUser: {
    whose: ALL,
    run: async (c, t) =>
      byError(
        await c.gql(
          `mutation($id: ID!, $n: String) { updateUser(id: $id, input: { displayName: $n }) { id } }`,
          { id: t.user.id, n: t.user.displayName },
        ),
      ),
  },
  inviteUser: {
    whose: ALL,
    run: async (c, t) =>
      byError(await c.gql(`mutation($id: ID!) { inviteUser(userId: $id) { id } }`, { id: t.user.id })),
  },
  assignRole: {
    whose: ALL,
    run: async (c, t) =>
      byError(
        await c.gql(`mutation($input: RoleInput!) { assignRole(input: $input) { id } }`, {
          input: { userId: t.user.id, role: 'LEARNER', institutionId: t.institution.id },
        }),
      ),
  },
  revokeRole: {
    whose: ALL,
    run: async (c, t) =>
      byError(
        await c.gql(`mutation($input: RoleInput!) { revokeRole(input: $input) { id } }`, {
          input: { userId: t.user.id, role: 'COACH', institutionId: t.institution.id },
        }),
      ),
  },
  emailMessages: {
    whose: INSTITUTIONS,
    run: async (c, t) =>
      byError(
        await c.gql(`query($i: ID) { emailMessages(institutionId: $i) { totalCount } }`, {
          i: t.institution.id,
        }),
      ),
  },
};
