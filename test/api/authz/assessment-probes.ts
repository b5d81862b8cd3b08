import { QuestionType } from '@parity/curriculum';
import type { Whose } from '@parity/identity';
import { Enrolment } from '@parity/learning';
import { QuizAttempt } from '@parity/assessment';
import { givenQuizCourse } from '../../../libs/assessment/src/testing/given-quiz-course';
import { questionFixture } from '../../../libs/assessment/src/testing/question-fixture';
import { byError, type Probe, type Target } from './probes';

/** An attempt is its learner's: own, in the caller's unit, institution, or another institution. */
const ALL: readonly Whose[] = ['own', 'unit', 'institution', 'other'];

/** A fresh published quiz course in which the target's person is enrolled (so probes never share state). */
async function enrolled(t: Target): Promise<{ enrolmentId: string; quizId: string }> {
  const question = questionFixture({
    type: QuestionType.SINGLE_CHOICE,
    choices: [
      { id: 'right', text: { en: 'Right' }, correct: true },
      { id: 'wrong', text: { en: 'Wrong' }, correct: false },
    ],
  });
  const { enrolments, quizzes } = await givenQuizCourse(t.em(), {
    institution: t.institution,
    author: t.user,
    learners: [t.user],
    quizzes: [{ questions: [question] }],
  });
  return { enrolmentId: enrolments[0]!.id, quizId: quizzes[0]!.id };
}

/** An attempt in progress of the target's person, written directly (no questions drawn). */
async function attemptOf(t: Target): Promise<string> {
  const { enrolmentId, quizId } = await enrolled(t);
  const em = t.em();
  const attempt = new QuizAttempt({
    enrolment: em.getReference(Enrolment, enrolmentId),
    quizId,
    userId: t.user.id,
    number: 1,
    startedAt: new Date(),
    deadlineAt: null,
    locale: 'en',
    questions: [],
  });
  await em.persistAndFlush(attempt);
  return attempt.id;
}

export const ASSESSMENT_PROBES: Record<string, Probe> = {
  startQuizAttempt: {
    whose: ALL,
    run: async (c, t) => {
      const { enrolmentId, quizId } = await enrolled(t);
      return byError(
        await c.gql(`mutation($e: ID!, $q: ID!) { startQuizAttempt(enrolmentId: $e, quizId: $q) { id } }`, {
          e: enrolmentId,
          q: quizId,
        }),
      );
    },
  },
  saveAttemptAnswer: {
    whose: ALL,
    run: async (c, t) =>
      byError(
        await c.gql(
          `mutation($a: ID!) { saveAttemptAnswer(attemptId: $a, questionKey: "k1", answer: { optionIds: [] }) { savedAt } }`,
          { a: await attemptOf(t) },
        ),
      ),
  },
  submitQuizAttempt: {
    whose: ALL,
    run: async (c, t) =>
      byError(
        await c.gql(`mutation($a: ID!) { submitQuizAttempt(attemptId: $a) { id } }`, {
          a: await attemptOf(t),
        }),
      ),
  },
  quizAttempt: {
    whose: ALL,
    run: async (c, t) =>
      byError(await c.gql(`query($id: ID!) { quizAttempt(id: $id) { id } }`, { id: await attemptOf(t) })),
  },
  quizAttempts: {
    whose: ALL,
    run: async (c, t) => {
      const { enrolmentId, quizId } = await enrolled(t);
      return byError(
        await c.gql(`query($e: ID!, $q: ID!) { quizAttempts(enrolmentId: $e, quizId: $q) { id } }`, {
          e: enrolmentId,
          q: quizId,
        }),
      );
    },
  },
};
