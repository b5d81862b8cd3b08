import { encodeCursor } from '@parity/shared/database';
import { Role, type Institution } from '@parity/identity';
import { given, givenPublishedCourse, TEST_PASSWORD } from '@parity/shared/testing';
import { TestApp, type ApiClient } from '../support/test-app';

/** Bad input on the learning API gets a stable client error, never INTERNAL: nothing reaches SQL unchecked. */
describe('learning API: bad input answers BAD_USER_INPUT, never INTERNAL', () => {
  let t: TestApp;
  let home: Institution;
  let admin: ApiClient;
  let learner: ApiClient;
  let courseId: string;
  let learnerId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    const g = given(t.em());
    home = await g.institution();
    const author = await g.user({ institution: home, roles: [Role.TRAINER] });
    const person = await g.user({ institution: home });
    learnerId = person.id;
    const adminUser = await g.user({ institution: home, roles: [Role.INSTITUTION_ADMIN] });
    courseId = (await givenPublishedCourse(t.em(), { institution: home, author })).course.id;
    admin = await t.client().signIn(adminUser.email, TEST_PASSWORD);
    learner = await t.client().signIn(person.email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  const codeOf = (result: { errors?: { extensions?: { code?: unknown } }[] }) =>
    result.errors?.[0]?.extensions?.code;

  it('refuses forged paging cursors whose keys are not what the list sorts by', async () => {
    const forged = [encodeCursor(['x', 'y']), encodeCursor(['a', 'b', 'c']), encodeCursor([1, '1e99', 'x'])];
    for (const after of forged) {
      expect(
        codeOf(await learner.gql(`query($a: String) { catalogue(after: $a) { totalCount } }`, { a: after })),
      ).toBe('BAD_USER_INPUT');
      expect(
        codeOf(await learner.gql(`query($a: String) { myLearning(after: $a) { totalCount } }`, { a: after })),
      ).toBe('BAD_USER_INPUT');
      expect(
        codeOf(
          await admin.gql(
            `query($c: ID!, $a: String) { courseEnrolments(courseId: $c, after: $a) { totalCount } }`,
            {
              c: courseId,
              a: after,
            },
          ),
        ),
      ).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses text no column can hold (NUL, a lone surrogate) in searches, names and literals', async () => {
    const search = await learner.gql(`query($s: String) { catalogue(search: $s) { totalCount } }`, {
      s: 'a\0b',
    });
    expect(codeOf(search)).toBe('BAD_USER_INPUT');
    expect(search.errors?.[0]?.extensions?.['problems']).toEqual([{ field: 'search', code: 'INVALID' }]);
    const tag = await learner.gql(`{ catalogue(tag: "x\\u0000y") { totalCount } }`);
    expect(codeOf(tag)).toBe('BAD_USER_INPUT');
    const cohort = await admin.gql(
      `mutation($i: ID!, $n: String!) { createCohort(institutionId: $i, name: $n) { id } }`,
      {
        i: home.id,
        n: 'broken \ud800 name',
      },
    );
    expect(codeOf(cohort)).toBe('BAD_USER_INPUT');
  });

  it('refuses a due date beyond ten years (or beyond what the database can store)', async () => {
    for (const dueAt of [
      '+020000-01-01T00:00:00.000Z',
      new Date(Date.now() + 11 * 366 * 86_400_000).toISOString(),
    ]) {
      const assigned = await admin.gql(
        `mutation($input: AssignCourseInput!) { assignCourse(input: $input) { created } }`,
        { input: { courseId, userIds: [learnerId], dueAt } },
      );
      expect(codeOf(assigned)).toBe('BAD_USER_INPUT');
    }
    const soon = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const ok = await admin.ok<{ assignCourse: { created: number } }>(
      `mutation($input: AssignCourseInput!) { assignCourse(input: $input) { created } }`,
      { input: { courseId, userIds: [learnerId], dueAt: soon } },
    );
    expect(ok.assignCourse.created).toBe(1);
  });
});
