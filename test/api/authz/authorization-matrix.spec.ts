import { GraphQLSchemaHost } from '@nestjs/graphql';
import { ALL_ROLES, AUTHORIZATION_MATRIX, Role, type OperationRule, type Whose } from '@parity/identity';
import { CourseVisibility } from '@parity/curriculum';
import { given, givenCourse, TEST_PASSWORD } from '@parity/shared/testing';
import { TestApp, type ApiClient } from '../../support/test-app';
import { IDENTITY_PROBES, type Probe, type Target } from './probes';
import { CURRICULUM_PROBES } from './curriculum-probes';
import { QUIZ_PROBES } from './quiz-probes';
import { LEARNING_PROBES } from './learning-probes';
import { ASSESSMENT_PROBES } from './assessment-probes';
import { CERTIFICATION_PROBES } from './certification-probes';
import { NOTIFICATION_PROBES } from './notification-probes';
import { COACHING_PROGRAMME_ROLE_PROBES } from './coaching-programme-probes';
import { REPORTING_PROBES } from './reporting-probes';
import { REPORT_SETTINGS_PROBES } from './report-settings-probes';

const PROBES: Record<string, Probe> = {
  ...IDENTITY_PROBES,
  ...CURRICULUM_PROBES,
  ...QUIZ_PROBES,
  ...LEARNING_PROBES,
  ...ASSESSMENT_PROBES,
  ...CERTIFICATION_PROBES,
  ...NOTIFICATION_PROBES,
  ...COACHING_PROGRAMME_ROLE_PROBES,
  ...REPORTING_PROBES,
  ...REPORT_SETTINGS_PROBES,
};

const WHOSE_LABEL: Record<Whose, string> = {
  own: 'own',
  unit: 'same unit',
  institution: 'same institution',
  other: 'other institution',
};

const operations = Object.entries(AUTHORIZATION_MATRIX.operations) as [string, OperationRule][];
const cases = operations.flatMap(([operation, rule]) =>
  rule.rootFields.flatMap((field) =>
    ALL_ROLES.flatMap((role) =>
      (PROBES[field]?.whose ?? []).map((whose) => ({
        operation,
        field,
        role,
        whose,
        expected: (rule.allow[role] ?? []).includes(whose) ? ('allowed' as const) : ('denied' as const),
      })),
    ),
  ),
);

describe('authorisation matrix (role × operation × whose object), generated from AUTHORIZATION_MATRIX', () => {
  let t: TestApp;
  const clients = new Map<Role, ApiClient>();
  const targets = new Map<Role, Record<Whose, Target>>();

  beforeAll(async () => {
    t = await TestApp.start();
    const g = given(t.em());
    const home = await g.institution();
    const away = await g.institution();
    const awayUnit = await g.unit(away);
    const em = () => t.em();
    const service = <T>(token: abstract new (...args: never[]) => T): T =>
      t.app.get(token, { strict: false });
    const homeAuthor = await g.user({ institution: home, roles: [Role.TRAINER] });
    const awayAuthor = await g.user({ institution: away, roles: [Role.TRAINER] });
    for (const role of ALL_ROLES) {
      const unit = await g.unit(home);
      const subUnit = await g.unit(home, undefined, unit);
      const sibling = await g.unit(home);
      const actor = await g.user({ institution: home, unit, roles: [role] });
      clients.set(role, await t.client().signIn(actor.email, TEST_PASSWORD));
      const ownCourse = await givenCourse(t.em(), { institution: away, author: actor });
      const homeCourse = await givenCourse(t.em(), { institution: home, author: homeAuthor });
      const sharedCourse = await givenCourse(t.em(), {
        institution: away,
        author: awayAuthor,
        published: true,
        visibility: CourseVisibility.REGIONAL,
      });
      targets.set(role, {
        own: { user: actor, institution: home, unit, course: ownCourse, em, service },
        unit: {
          user: await g.user({ institution: home, unit: subUnit }),
          institution: home,
          unit: subUnit,
          course: homeCourse,
          em,
          service,
        },
        institution: {
          user: await g.user({ institution: home, unit: sibling }),
          institution: home,
          unit: sibling,
          course: homeCourse,
          em,
          service,
        },
        other: {
          user: await g.user({ institution: away, unit: awayUnit }),
          institution: away,
          unit: awayUnit,
          course: sharedCourse,
          em,
          service,
        },
      });
    }
  });
  afterAll(() => t.close());

  it('has exactly one row for every GraphQL root field (public fields are listed as public)', () => {
    const schema = t.get(GraphQLSchemaHost).schema;
    const rootFields = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
      Object.keys(type?.getFields() ?? {}),
    );
    const rows = new Map<string, string[]>();
    for (const field of AUTHORIZATION_MATRIX.publicRootFields) rows.set(field, ['public']);
    for (const [operation, rule] of operations) {
      for (const field of rule.rootFields) rows.set(field, [...(rows.get(field) ?? []), operation]);
    }
    const missing = rootFields.filter((field) => !rows.has(field));
    const doubled = [...rows].filter(([, ops]) => ops.length > 1).map(([field]) => field);
    const stale = [...rows.keys()].filter((field) => !rootFields.includes(field));
    expect({ missing, doubled, stale }).toEqual({ missing: [], doubled: [], stale: [] });
  });

  it('has a probe for every guarded root field, so each row is exercised', () => {
    // Rows decided by relation (coaching) are probed relation by relation in coaching-matrix.spec.ts.
    const guarded = operations.filter(([, rule]) => !rule.relations).flatMap(([, rule]) => rule.rootFields);
    expect(guarded.filter((field) => !PROBES[field])).toEqual([]);
  });

  it.each(cases)(
    '$role · $field ($operation) · $whose → $expected',
    async ({ field, role, whose, expected }) => {
      const probe = PROBES[field]!;
      const outcome = await probe.run(clients.get(role)!, targets.get(role)![whose]);
      expect(`${WHOSE_LABEL[whose]}: ${outcome}`).toBe(`${WHOSE_LABEL[whose]}: ${expected}`);
    },
  );
});
