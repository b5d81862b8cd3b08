import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/core';
import { CourseVisibility, QuizKind } from '@parity/curriculum';
import { AuditEvent, Role, type Institution, type Unit, type User } from '@parity/identity';
import { Enrolment } from '@parity/learning';
import {
  given,
  givenPublishedCourse,
  StatementCounter,
  TEST_PASSWORD,
  type PublishedCourseFixture,
} from '@parity/shared/testing';
import { TestApp, type ApiClient } from '../support/test-app';

const ASSIGN = `mutation($input: AssignCourseInput!) { assignCourse(input: $input) { created alreadyEnrolled } }`;
const MY_LEARNING = `query($status: EnrolmentStatus) { myLearning(status: $status) {
  totalCount nodes { id status mandatory dueAt overdue source course { id } } } }`;
const COURSE_ENROLMENTS = `query($c: ID!, $search: String, $first: Int, $after: String) {
  courseEnrolments(courseId: $c, search: $search, first: $first, after: $after) {
    totalCount pageInfo { endCursor hasNextPage } nodes { id learner { id displayName } progress { percent } } } }`;

const COHORT_MEMBERS = `query($i: ID!, $first: Int, $after: String) { cohorts(institutionId: $i) {
  id members(first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id displayName } } } }`;

interface Assigned {
  assignCourse: { created: number; alreadyEnrolled: number };
}
interface MyLearning {
  myLearning: {
    totalCount: number;
    nodes: {
      id: string;
      status: string;
      mandatory: boolean;
      dueAt: string | null;
      overdue: boolean;
      source: string;
      course: { id: string };
    }[];
  };
}
interface MyLearningPage {
  myLearning: {
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    nodes: { course: { id: string } }[];
  };
}
interface CourseEnrolments {
  courseEnrolments: {
    totalCount: number;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    nodes: { id: string; learner: { id: string; displayName: string } }[];
  };
}

interface CohortMembers {
  cohorts: {
    id: string;
    members: {
      totalCount: number;
      pageInfo: { endCursor: string | null; hasNextPage: boolean };
      nodes: { id: string; displayName: string }[];
    };
  }[];
}

const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString();

describe('learning assignment and admin: units with sub-units, cohorts, deadlines, extra attempts', () => {
  let t: TestApp;
  let home: Institution;
  let away: Institution;
  let admin: ApiClient;
  let trainerUser: User;
  let root: Unit;
  let child: Unit;
  let grandchild: Unit;
  let sibling: Unit;
  const people: Record<string, User> = {};

  beforeAll(async () => {
    t = await TestApp.start();
    const g = given(t.em());
    home = await g.institution();
    away = await g.institution();
    root = await g.unit(home);
    child = await g.unit(home, undefined, root);
    grandchild = await g.unit(home, undefined, child);
    sibling = await g.unit(home);
    trainerUser = await g.user({ institution: home, roles: [Role.TRAINER] });
    const adminUser = await g.user({ institution: home, roles: [Role.INSTITUTION_ADMIN] });
    admin = await t.client().signIn(adminUser.email, TEST_PASSWORD);
    people['root'] = await g.user({ institution: home, unit: root, name: 'Ana Root' });
    people['child'] = await g.user({ institution: home, unit: child, name: 'Branko Child' });
    people['grandchild'] = await g.user({ institution: home, unit: grandchild, name: 'Cvijeta Grandchild' });
    people['sibling'] = await g.user({ institution: home, unit: sibling, name: 'Dragan Sibling' });
    people['disabled'] = await g.user({ institution: home, unit: child, name: 'Ema Disabled' });
    await t.em().nativeUpdate('User', { id: people['disabled'].id }, { status: 'disabled' });
  });
  afterAll(() => t.close());

  const course = (
    options: { visibility?: CourseVisibility; institution?: Institution; quizzes?: QuizKind[] } = {},
  ) =>
    givenPublishedCourse(t.em(), {
      institution: options.institution ?? home,
      author: trainerUser,
      selfEnrolment: false,
      visibility: options.visibility,
      quizzes: options.quizzes,
    });

  const enrolledIn = async (fixture: PublishedCourseFixture): Promise<string[]> =>
    (await t.em().find(Enrolment, { course: fixture.course.id }, { populate: ['user'] }))
      .map((e) => e.user.displayName)
      .sort();

  it('assigns to a unit with its sub-units in one call, skips disabled people, and creates nothing the second time', async () => {
    const fixture = await course();
    const input = { courseId: fixture.course.id, unitId: child.id, dueAt: inDays(30), mandatory: true };
    const first = await admin.ok<Assigned>(ASSIGN, { input });
    expect(first.assignCourse).toEqual({ created: 2, alreadyEnrolled: 0 });
    expect(await enrolledIn(fixture)).toEqual(['Branko Child', 'Cvijeta Grandchild']);
    const again = await admin.ok<Assigned>(ASSIGN, { input });
    expect(again.assignCourse).toEqual({ created: 0, alreadyEnrolled: 2 });
    const wider = await admin.ok<Assigned>(ASSIGN, { input: { ...input, unitId: root.id } });
    expect(wider.assignCourse).toEqual({ created: 1, alreadyEnrolled: 2 });
    const audits = await t.em().find(AuditEvent, { action: 'course.assigned', subjectId: fixture.course.id });
    expect(audits).toHaveLength(3);
  });

  it('skips people who completed the course, and assigns to named people and to a cohort', async () => {
    const fixture = await course();
    const done = await admin.ok<Assigned>(ASSIGN, {
      input: { courseId: fixture.course.id, userIds: [people['sibling']!.id] },
    });
    expect(done.assignCourse.created).toBe(1);
    await t.em().nativeUpdate(Enrolment, { course: fixture.course.id }, { status: 'completed' as never });
    const cohort = await admin.ok<{ createCohort: { id: string } }>(
      `mutation($i: ID!, $n: String!) { createCohort(institutionId: $i, name: $n) { id } }`,
      { i: home.id, n: `Intake ${randomUUID().slice(0, 6)}` },
    );
    const members = await admin.ok<{ addCohortMembers: { memberCount: number } }>(
      `mutation($c: ID!, $u: [ID!]!) { addCohortMembers(cohortId: $c, userIds: $u) { memberCount } }`,
      { c: cohort.createCohort.id, u: [people['sibling']!.id, people['root']!.id] },
    );
    expect(members.addCohortMembers.memberCount).toBe(2);
    const viaCohort = await admin.ok<Assigned>(ASSIGN, {
      input: { courseId: fixture.course.id, cohortId: cohort.createCohort.id },
    });
    expect(viaCohort.assignCourse).toEqual({ created: 1, alreadyEnrolled: 1 });
    const listed = await admin.ok<{ cohorts: { id: string; memberCount: number }[] }>(
      `query($i: ID!) { cohorts(institutionId: $i) { id memberCount } }`,
      { i: home.id },
    );
    expect(listed.cohorts).toContainEqual({ id: cohort.createCohort.id, memberCount: 2 });
    const removed = await admin.ok<{ removeCohortMember: { memberCount: number } }>(
      `mutation($c: ID!, $u: ID!) { removeCohortMember(cohortId: $c, userId: $u) { memberCount } }`,
      { c: cohort.createCohort.id, u: people['root']!.id },
    );
    expect(removed.removeCohortMember.memberCount).toBe(1);
  });

  it('refuses a cohort member from another institution', async () => {
    const stranger = await given(t.em()).user({ institution: away });
    const cohort = await admin.ok<{ createCohort: { id: string } }>(
      `mutation($i: ID!, $n: String!) { createCohort(institutionId: $i, name: $n) { id } }`,
      { i: home.id, n: `Mixed ${randomUUID().slice(0, 6)}` },
    );
    const result = await admin.gql(
      `mutation($c: ID!, $u: [ID!]!) { addCohortMembers(cohortId: $c, userIds: $u) { memberCount } }`,
      {
        c: cohort.createCohort.id,
        u: [stranger.id],
      },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lists a cohort’s members by name, paged, in a fixed number of statements however many cohorts are listed', async () => {
    const newCohort = async (members: User[]): Promise<string> => {
      const created = await admin.ok<{ createCohort: { id: string } }>(
        `mutation($i: ID!, $n: String!) { createCohort(institutionId: $i, name: $n) { id } }`,
        { i: home.id, n: `Members ${randomUUID().slice(0, 6)}` },
      );
      await admin.ok(`mutation($c: ID!, $u: [ID!]!) { addCohortMembers(cohortId: $c, userIds: $u) { id } }`, {
        c: created.createCohort.id,
        u: members.map((member) => member.id),
      });
      return created.createCohort.id;
    };
    const id = await newCohort(['sibling', 'grandchild', 'root', 'child'].map((key) => people[key]!));
    const read = async (after: string | null) => {
      const data = await admin.ok<CohortMembers>(COHORT_MEMBERS, { i: home.id, first: 3, after });
      return data.cohorts.find((cohort) => cohort.id === id)!.members;
    };
    const first = await read(null);
    expect(first.nodes.map((node) => node.displayName)).toEqual([
      'Ana Root',
      'Branko Child',
      'Cvijeta Grandchild',
    ]);
    expect(first).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    const second = await read(first.pageInfo.endCursor);
    expect(second.nodes.map((node) => node.displayName)).toEqual(['Dragan Sibling']);
    expect(second).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: false } });

    const counter = new StatementCounter(t.get(MikroORM));
    try {
      const statements = () =>
        counter.measure(() => admin.ok(COHORT_MEMBERS, { i: home.id, first: 2, after: null }));
      const fewer = await statements();
      await newCohort([people['child']!, people['root']!]);
      await newCohort([people['grandchild']!]);
      expect(await statements()).toBe(fewer);
    } finally {
      counter.stop();
    }

    const badCursor = await admin.gql(COHORT_MEMBERS, { i: home.id, first: 3, after: 'not-a-cursor' });
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const learner = await t.client().signIn(people['root']!.email, TEST_PASSWORD);
    const refused = await learner.gql(COHORT_MEMBERS, { i: home.id, first: 3, after: null });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const emails = await admin.gql(
      `query($i: ID!) { cohorts(institutionId: $i) { members { nodes { email } } } }`,
      {
        i: home.id,
      },
    );
    expect(emails.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses to assign another institution’s unshared course, or to a unit of another institution', async () => {
    const foreignAuthor = await given(t.em()).user({ institution: away, roles: [Role.TRAINER] });
    const foreign = await givenPublishedCourse(t.em(), { institution: away, author: foreignAuthor });
    const unshared = await admin.gql(ASSIGN, { input: { courseId: foreign.course.id, unitId: child.id } });
    expect(unshared.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const awayUnit = await given(t.em()).unit(away);
    const shared = await course({ visibility: CourseVisibility.PUBLIC });
    const elsewhere = await admin.gql(ASSIGN, { input: { courseId: shared.course.id, unitId: awayUnit.id } });
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const twoTargets = await admin.gql(ASSIGN, {
      input: { courseId: shared.course.id, unitId: child.id, cohortId: child.id },
    });
    expect(twoTargets.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('puts assigned mandatory courses with due dates first in my learning, overdue first', async () => {
    const g = given(t.em());
    const learnerUser = await g.user({ institution: home, unit: sibling });
    const learner = await t.client().signIn(learnerUser.email, TEST_PASSWORD);
    const selfCourse = await givenPublishedCourse(t.em(), { institution: home, author: trainerUser });
    const later = await course();
    const sooner = await course();
    await learner.ok(`mutation($c: ID!) { enrol(courseId: $c) { id } }`, { c: selfCourse.course.id });
    await admin.ok(ASSIGN, {
      input: { courseId: later.course.id, userIds: [learnerUser.id], dueAt: inDays(20), mandatory: true },
    });
    await admin.ok(ASSIGN, {
      input: { courseId: sooner.course.id, userIds: [learnerUser.id], dueAt: inDays(5), mandatory: true },
    });
    await t
      .em()
      .nativeUpdate(Enrolment, { course: sooner.course.id }, { dueAt: new Date(Date.now() - 86_400_000) });
    const data = await learner.ok<MyLearning>(MY_LEARNING);
    expect(data.myLearning.nodes.map((node) => node.course.id)).toEqual([
      sooner.course.id,
      later.course.id,
      selfCourse.course.id,
    ]);
    expect(data.myLearning.nodes.map((node) => [node.overdue, node.mandatory, node.source])).toEqual([
      [true, true, 'ASSIGNED'],
      [false, true, 'ASSIGNED'],
      [false, false, 'SELF'],
    ]);
    expect(data.myLearning.totalCount).toBe(3);
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page: MyLearningPage = await learner.ok<MyLearningPage>(
        `query($after: String) { myLearning(first: 1, after: $after) { pageInfo { endCursor hasNextPage } nodes { course { id } } } }`,
        { after },
      );
      paged.push(...page.myLearning.nodes.map((node) => node.course.id));
      after = page.myLearning.pageInfo.hasNextPage ? page.myLearning.pageInfo.endCursor : null;
    } while (after);
    expect(paged).toEqual(data.myLearning.nodes.map((node) => node.course.id));
  });

  it('lists a course’s enrolments to its admin, by name and paged, but a learner sees only their own', async () => {
    const fixture = await course();
    await admin.ok(ASSIGN, { input: { courseId: fixture.course.id, unitId: root.id } });
    const page1 = await admin.ok<CourseEnrolments>(COURSE_ENROLMENTS, { c: fixture.course.id, first: 2 });
    expect(page1.courseEnrolments.totalCount).toBe(3);
    const page2 = await admin.ok<CourseEnrolments>(COURSE_ENROLMENTS, {
      c: fixture.course.id,
      first: 2,
      after: page1.courseEnrolments.pageInfo.endCursor,
    });
    expect(
      [...page1.courseEnrolments.nodes, ...page2.courseEnrolments.nodes].map(
        (node) => node.learner.displayName,
      ),
    ).toEqual(['Ana Root', 'Branko Child', 'Cvijeta Grandchild']);
    const searched = await admin.ok<CourseEnrolments>(COURSE_ENROLMENTS, {
      c: fixture.course.id,
      search: 'branko',
    });
    expect(searched.courseEnrolments.nodes.map((node) => node.learner.displayName)).toEqual(['Branko Child']);
    const learner = await t.client().signIn(people['child']!.email, TEST_PASSWORD);
    const own = await learner.ok<CourseEnrolments>(COURSE_ENROLMENTS, { c: fixture.course.id });
    expect(own.courseEnrolments.nodes.map((node) => node.learner.id)).toEqual([people['child']!.id]);
  });

  it('extends a deadline, grants an extra attempt and withdraws, each audited', async () => {
    const fixture = await course({ quizzes: [QuizKind.GRADED] });
    await admin.ok(ASSIGN, {
      input: { courseId: fixture.course.id, userIds: [people['grandchild']!.id], dueAt: inDays(3) },
    });
    const enrolment = await t.em().findOneOrFail(Enrolment, { course: fixture.course.id });
    const dueAt = inDays(40);
    const extended = await admin.ok<{ extendEnrolmentDeadline: { dueAt: string } }>(
      `mutation($id: ID!, $d: DateTime!) { extendEnrolmentDeadline(id: $id, dueAt: $d) { dueAt } }`,
      { id: enrolment.id, d: dueAt },
    );
    expect(new Date(extended.extendEnrolmentDeadline.dueAt).toISOString()).toBe(dueAt);
    const grant = `mutation($e: ID!, $q: ID!) { grantExtraAttempt(enrolmentId: $e, quizId: $q) { id attemptsAllowed attemptsLeft } }`;
    await admin.ok(grant, { e: enrolment.id, q: fixture.quizzes[0]!.id });
    const twice = await admin.ok<{ grantExtraAttempt: { attemptsAllowed: number; attemptsLeft: number } }>(
      grant,
      {
        e: enrolment.id,
        q: fixture.quizzes[0]!.id,
      },
    );
    expect(twice.grantExtraAttempt).toMatchObject({ attemptsAllowed: 2, attemptsLeft: 4 });
    const withdrawn = await admin.ok<{ withdrawEnrolment: { status: string } }>(
      `mutation($id: ID!) { withdrawEnrolment(id: $id) { status } }`,
      { id: enrolment.id },
    );
    expect(withdrawn.withdrawEnrolment.status).toBe('WITHDRAWN');
    const actions = (
      await t.em().find(AuditEvent, { subjectId: enrolment.id }, { orderBy: { createdAt: 'asc' } })
    ).map((a) => a.action);
    expect(actions).toEqual([
      'enrolment.deadline-extended',
      'quiz.extra-attempt-granted',
      'quiz.extra-attempt-granted',
      'enrolment.withdrawn',
    ]);
    const newDue = inDays(10);
    const again = await admin.ok<{ assignCourse: { created: number; alreadyEnrolled: number } }>(ASSIGN, {
      input: { courseId: fixture.course.id, userIds: [people['grandchild']!.id], dueAt: newDue },
    });
    expect(again.assignCourse).toEqual({ created: 1, alreadyEnrolled: 0 });
    const back = await t.em().findOneOrFail(Enrolment, enrolment.id);
    expect([back.status, back.withdrawnAt, back.dueAt?.toISOString()]).toEqual(['active', null, newDue]);
    expect(await t.em().count(Enrolment, { course: fixture.course.id })).toBe(1);
  });
});
