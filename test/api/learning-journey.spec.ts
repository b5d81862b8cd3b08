import { randomUUID } from 'node:crypto';
import { Role } from '@parity/identity';
import { OutboxEvent } from '@parity/shared/queue';
import { given, TEST_PASSWORD } from '@parity/shared/testing';
import { givenQuizCourse } from '../../libs/assessment/src/testing/given-quiz-course';
import { twoQuestions } from '../support/quiz-learner';
import { TestApp, type ApiClient } from '../support/test-app';

interface Attempt {
  id: string;
  questions: { key: string; options: { id: string; text: { text: string } }[] }[];
  result: { score: number | null; passed: boolean | null; attemptsLeft: number | null } | null;
}
interface EnrolmentView {
  id: string;
  status: string;
  completedAt: string | null;
  outline: {
    lessons: { id: string; completed: boolean }[];
    quizzes: { id: string; passed: boolean; attemptsUsed: number; bestScore: number | null }[];
  }[];
}

const ENROLMENT = `id status completedAt outline { lessons { id completed } quizzes { id passed attemptsUsed bestScore } }`;

describe('a learner’s journey: enrol, learn, fail a quiz, retake, pass, complete', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  async function takeQuiz(client: ApiClient, enrolmentId: string, quizId: string, choice: 'Right' | 'Wrong') {
    const { startQuizAttempt: attempt } = await client.ok<{ startQuizAttempt: Attempt }>(
      `mutation($e: ID!, $q: ID!) { startQuizAttempt(enrolmentId: $e, quizId: $q) { id questions { key options { id text { text } } } } }`,
      { e: enrolmentId, q: quizId },
    );
    for (const question of attempt.questions) {
      const option = question.options.find((candidate) => candidate.text.text.startsWith(choice))!;
      await client.ok(
        `mutation($a: ID!, $k: ID!, $o: [ID!]) { saveAttemptAnswer(attemptId: $a, questionKey: $k, answer: { optionIds: $o }) { savedAt } }`,
        { a: attempt.id, k: question.key, o: [option.id] },
      );
    }
    const { submitQuizAttempt } = await client.ok<{ submitQuizAttempt: Attempt }>(
      `mutation($a: ID!) { submitQuizAttempt(attemptId: $a) { id result { score passed attemptsLeft } } }`,
      { a: attempt.id },
    );
    return submitQuizAttempt.result!;
  }

  it('completes the course when the last rule is met (the passed retake) and records exactly one outbox event', async () => {
    const g = given(t.em());
    const institution = await g.institution();
    const author = await g.user({ institution, roles: [Role.TRAINER] });
    const learner = await g.user({ institution });
    const questions = twoQuestions();
    const { course } = await givenQuizCourse(t.em(), {
      institution,
      author,
      learners: [],
      quizzes: [{ settings: { attemptsAllowed: 2, passingScore: 80 }, questions }],
    });
    const client = await t.client().signIn(learner.email, TEST_PASSWORD);

    const { enrol } = await client.ok<{ enrol: EnrolmentView }>(
      `mutation($c: ID!) { enrol(courseId: $c) { ${ENROLMENT} } }`,
      { c: course.id },
    );
    expect(enrol.status).toBe('ACTIVE');
    const lesson = enrol.outline[0]!.lessons[0]!;
    const quiz = enrol.outline[0]!.quizzes[0]!;

    await client.ok(
      `mutation($input: LessonProgressInput!) { recordLessonProgress(input: $input) { completed } }`,
      {
        input: {
          enrolmentId: enrol.id,
          lessonId: lesson.id,
          visitId: randomUUID(),
          seconds: 120,
          completed: true,
        },
      },
    );
    const read = async () =>
      (
        await client.ok<{ enrolment: EnrolmentView }>(
          `query($id: ID!) { enrolment(id: $id) { ${ENROLMENT} } }`,
          { id: enrol.id },
        )
      ).enrolment;
    expect((await read()).status).toBe('ACTIVE');

    expect(await takeQuiz(client, enrol.id, quiz.id, 'Wrong')).toEqual({
      score: 0,
      passed: false,
      attemptsLeft: 1,
    });
    expect((await read()).status).toBe('ACTIVE');

    expect(await takeQuiz(client, enrol.id, quiz.id, 'Right')).toEqual({
      score: 100,
      passed: true,
      attemptsLeft: 0,
    });
    const completed = await read();
    expect(completed.status).toBe('COMPLETED');
    expect(completed.completedAt).not.toBeNull();
    expect(completed.outline[0]!.quizzes[0]).toMatchObject({ passed: true, attemptsUsed: 2, bestScore: 100 });

    const events = await t.em().find(OutboxEvent, { key: `enrolment-completed:${enrol.id}` });
    expect(events).toHaveLength(1);
  });
});
