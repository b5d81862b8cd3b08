import {
  ALL_RELATIONS,
  AUTHORIZATION_MATRIX,
  Role,
  type OperationRule,
  type Relation,
} from '@parity/identity';
import { given, givenCoaching, TEST_PASSWORD } from '@parity/shared/testing';
import { TestApp, type ApiClient } from '../../support/test-app';
import type { CoachingWorld, RelationProbe } from './coaching-probe';
import { COACHING_PROGRAMME_PROBES } from './coaching-programme-probes';
import { COACHING_SESSION_PROBES } from './coaching-session-probes';
import { COACHING_NOTE_PROBES } from './coaching-note-probes';

const PROBES: Record<string, RelationProbe> = {
  ...COACHING_PROGRAMME_PROBES,
  ...COACHING_SESSION_PROBES,
  ...COACHING_NOTE_PROBES,
};

const relationRows = (Object.entries(AUTHORIZATION_MATRIX.operations) as [string, OperationRule][]).filter(
  ([, rule]) => rule.relations !== undefined,
);
const cases = relationRows.flatMap(([operation, rule]) =>
  rule.rootFields.flatMap((field) =>
    (PROBES[field]?.relations ?? []).map((relation) => ({
      operation,
      field,
      relation,
      expected: (rule.relations ?? []).includes(relation) ? ('allowed' as const) : ('denied' as const),
    })),
  ),
);

/**
 * Coaching is decided by the caller's relation to the object, not by role: this suite asks every relation-decided
 * root field as every relation and compares with the row. The people are chosen to make a leak visible: the manager
 * is an ordinary learner (only the relation lets them in), the stranger is a coach of the same institution, the
 * platform admin is the platform's.
 */
describe('coaching authorisation (relation × operation), generated from the rows with `relations`', () => {
  let t: TestApp;
  let world: CoachingWorld;

  beforeAll(async () => {
    t = await TestApp.start();
    const g = given(t.em());
    const home = await g.institution();
    const away = await g.institution();
    const people = {
      coach: await g.user({ institution: home, roles: [Role.COACH] }),
      coachee: await g.user({ institution: home, roles: [Role.LEARNER] }),
      manager: await g.user({ institution: home, roles: [Role.LEARNER] }),
      institution_admin: await g.user({ institution: home, roles: [Role.INSTITUTION_ADMIN] }),
      platform_admin: await g.user({ institution: away, roles: [Role.PLATFORM_ADMIN] }),
      stranger: await g.user({ institution: home, roles: [Role.COACH] }),
    };
    const clients = {} as Record<keyof typeof people, ApiClient>;
    for (const [relation, person] of Object.entries(people) as [
      keyof typeof people,
      (typeof people)['coach'],
    ][]) {
      clients[relation] = await t.client().signIn(person.email, TEST_PASSWORD);
    }
    const fixture = await givenCoaching(t.em(), {
      institution: home,
      coachId: people.coach.id,
      coacheeId: people.coachee.id,
      managerIds: [people.manager.id],
    });
    world = {
      institution: home,
      programmeId: fixture.programmeId,
      engagementId: fixture.engagementId,
      people,
      clients,
      em: () => t.em(),
      service: <T>(token: abstract new (...args: never[]) => T): T => t.app.get(token, { strict: false }),
    };
  });
  afterAll(() => t.close());

  it('has a relation probe for every root field of a relation-decided row, probed under every relation', () => {
    const missing = relationRows.flatMap(([, rule]) =>
      rule.rootFields.flatMap((field) => {
        // "author" is a relation to a note: probed where a row names it, meaningless elsewhere.
        const needed = ALL_RELATIONS.filter((r) => r !== 'author' || rule.relations?.includes('author'));
        const probed = PROBES[field]?.relations ?? [];
        return needed.filter((r) => !probed.includes(r)).map((r) => `${field} as ${r}`);
      }),
    );
    expect(missing).toEqual([]);
  });

  it('decides relation rows by relation alone (no role grants them)', () => {
    expect(relationRows.filter(([, rule]) => Object.keys(rule.allow).length > 0).map(([op]) => op)).toEqual(
      [],
    );
  });

  it('lets no one but the author read a private note, and no one but the pair a shared one', () => {
    const rows = AUTHORIZATION_MATRIX.operations as Record<string, OperationRule>;
    expect(rows['coaching.note.private.read']?.relations).toEqual(['author']);
    expect([...(rows['coaching.note.shared.read']?.relations ?? [])].sort()).toEqual(['coach', 'coachee']);
  });

  it.each(cases)('$relation · $field ($operation) → $expected', async ({ field, relation, expected }) => {
    const caller = world.clients[relation === 'author' ? 'coach' : (relation as Exclude<Relation, 'author'>)];
    const outcome = await PROBES[field]!.run(caller, relation, world);
    expect(`${relation}: ${outcome}`).toBe(`${relation}: ${expected}`);
  });
});
