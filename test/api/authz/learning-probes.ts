import { randomUUID } from 'node:crypto';
import { CourseVisibility, QuizKind } from '@parity/curriculum';
import type { Whose } from '@parity/identity';
import { Cohort, CohortMember, Enrolment, EnrolmentSource } from '@parity/learning';
import { givenPublishedCourse, type PublishedCourseFixture } from '@parity/shared/testing';
import type { ApiClient } from '../../support/test-app';
import { byError, unique, type Outcome, type Probe, type Target } from './probes';

/** An enrolment's "whose" is its learner; a catalogue course's and a cohort's, their institution. */
const ALL: readonly Whose[] = ['own', 'unit', 'institution', 'other'];
const PLACES: readonly Whose[] = ['unit', 'institution', 'other'];
const INSTITUTIONS: readonly Whose[] = ['institution', 'other'];

/** A published course of the target's institution, shared regionally (so only the matrix decides). */
function freshCourse(
  t: Target,
  options: { visibility?: CourseVisibility; quiz?: boolean } = {},
): Promise<PublishedCourseFixture> {
  return givenPublishedCourse(t.em(), {
    institution: t.institution,
    author: t.user,
    visibility: options.visibility ?? CourseVisibility.REGIONAL,
    title: { en: `Probe course ${unique()}` },
    quizzes: options.quiz ? [QuizKind.GRADED] : [],
  });
}

/** The target person's active enrolment in a fresh course. */
async function freshEnrolment(
  t: Target,
  quiz = false,
): Promise<{ enrolment: Enrolment; fixture: PublishedCourseFixture }> {
  const fixture = await freshCourse(t, { quiz });
  const em = t.em();
  const enrolment = new Enrolment(
    em.getReference('User', t.user.id) as never,
    fixture.version,
    EnrolmentSource.ASSIGNED,
  );
  await em.persistAndFlush(enrolment);
  return { enrolment, fixture };
}

async function freshCohort(t: Target, withTarget: boolean): Promise<Cohort> {
  const em = t.em();
  const cohort = new Cohort(
    em.getReference('Institution', t.institution.id) as never,
    `Probe ${unique()}`,
    t.user.id,
  );
  em.persist(cohort);
  if (withTarget) em.persist(new CohortMember(cohort, em.getReference('User', t.user.id) as never));
  await em.flush();
  return cohort;
}

const onEnrolment =
  (
    query: string,
    variables: (enrolment: Enrolment, fixture: PublishedCourseFixture) => Record<string, unknown>,
    quiz = false,
  ) =>
  async (c: ApiClient, t: Target): Promise<Outcome> => {
    const { enrolment, fixture } = await freshEnrolment(t, quiz);
    return byError(await c.gql(query, variables(enrolment, fixture)));
  };

export const LEARNING_PROBES: Record<string, Probe> = {
  catalogue: {
    whose: INSTITUTIONS,
    run: async (c, t) => {
      const fixture = await freshCourse(t);
      const result = await c.gql<{ catalogue: { nodes: { id: string }[] } }>(
        `query($s: String) { catalogue(search: $s) { nodes { id } } }`,
        { s: fixture.version.title.en },
      );
      if (byError(result) === 'denied') return 'denied';
      return result.data?.catalogue.nodes.some((node) => node.id === fixture.course.id)
        ? 'allowed'
        : 'denied';
    },
  },
  catalogueCourse: {
    whose: INSTITUTIONS,
    run: async (c, t) => {
      const fixture = await freshCourse(t);
      const result = await c.gql(`query($id: ID!) { catalogueCourse(id: $id) { id } }`, {
        id: fixture.course.id,
      });
      return result.data ? 'allowed' : 'denied';
    },
  },
  enrol: {
    whose: INSTITUTIONS,
    run: async (c, t) => {
      const fixture = await freshCourse(t);
      return byError(
        await c.gql(`mutation($c: ID!) { enrol(courseId: $c) { id } }`, { c: fixture.course.id }),
      );
    },
  },
  myLearning: {
    whose: ['own'],
    run: async (c) => byError(await c.gql(`{ myLearning { totalCount } }`)),
  },
  recordLessonProgress: {
    whose: ALL,
    run: onEnrolment(
      `mutation($input: LessonProgressInput!) { recordLessonProgress(input: $input) { lessonId } }`,
      (enrolment, fixture) => ({
        input: {
          enrolmentId: enrolment.id,
          lessonId: fixture.lessons[0]!.id,
          visitId: randomUUID(),
          seconds: 5,
        },
      }),
    ),
  },
  enrolment: {
    whose: ALL,
    run: onEnrolment(`query($id: ID!) { enrolment(id: $id) { id } }`, (enrolment) => ({ id: enrolment.id })),
  },
  courseEnrolments: {
    whose: ALL,
    run: async (c, t) => {
      const { enrolment, fixture } = await freshEnrolment(t);
      const result = await c.gql<{ courseEnrolments: { nodes: { id: string }[] } }>(
        `query($c: ID!, $s: String) { courseEnrolments(courseId: $c, search: $s) { nodes { id } } }`,
        { c: fixture.course.id, s: t.user.displayName },
      );
      if (byError(result) === 'denied') return 'denied';
      return result.data?.courseEnrolments.nodes.some((node) => node.id === enrolment.id)
        ? 'allowed'
        : 'denied';
    },
  },
  assignCourse: {
    whose: PLACES,
    run: async (c, t) => {
      const fixture = await freshCourse(t, { visibility: CourseVisibility.PUBLIC });
      return byError(
        await c.gql(`mutation($input: AssignCourseInput!) { assignCourse(input: $input) { created } }`, {
          input: { courseId: fixture.course.id, unitId: t.unit.id },
        }),
      );
    },
  },
  withdrawEnrolment: {
    whose: ALL,
    run: onEnrolment(`mutation($id: ID!) { withdrawEnrolment(id: $id) { id } }`, (enrolment) => ({
      id: enrolment.id,
    })),
  },
  extendEnrolmentDeadline: {
    whose: ALL,
    run: onEnrolment(
      `mutation($id: ID!, $d: DateTime!) { extendEnrolmentDeadline(id: $id, dueAt: $d) { id } }`,
      (enrolment) => ({
        id: enrolment.id,
        d: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      }),
    ),
  },
  grantExtraAttempt: {
    whose: ALL,
    run: onEnrolment(
      `mutation($e: ID!, $q: ID!) { grantExtraAttempt(enrolmentId: $e, quizId: $q) { id } }`,
      (enrolment, fixture) => ({ e: enrolment.id, q: fixture.quizzes[0]!.id }),
      true,
    ),
  },
  cohorts: {
    whose: INSTITUTIONS,
    run: async (c, t) =>
      byError(await c.gql(`query($i: ID!) { cohorts(institutionId: $i) { id } }`, { i: t.institution.id })),
  },
  createCohort: {
    whose: INSTITUTIONS,
    run: async (c, t) =>
      byError(
        await c.gql(`mutation($i: ID!, $n: String!) { createCohort(institutionId: $i, name: $n) { id } }`, {
          i: t.institution.id,
          n: `Probe ${unique()}`,
        }),
      ),
  },
  addCohortMembers: {
    whose: INSTITUTIONS,
    run: async (c, t) => {
      const cohort = await freshCohort(t, false);
      return byError(
        await c.gql(`mutation($c: ID!, $u: [ID!]!) { addCohortMembers(cohortId: $c, userIds: $u) { id } }`, {
          c: cohort.id,
          u: [t.user.id],
        }),
      );
    },
  },
  removeCohortMember: {
    whose: INSTITUTIONS,
    run: async (c, t) => {
      const cohort = await freshCohort(t, true);
      return byError(
        await c.gql(`mutation($c: ID!, $u: ID!) { removeCohortMember(cohortId: $c, userId: $u) { id } }`, {
          c: cohort.id,
          u: t.user.id,
        }),
      );
    },
  },
};
