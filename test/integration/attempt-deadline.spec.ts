import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { QuestionType } from '@parity/curriculum';
import { Role, type Institution, type User } from '@parity/identity';
import { QuizAttempt, AttemptStatus } from '@parity/assessment';
import { given, TEST_PASSWORD } from '@parity/shared/testing';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { QueueWorkers } from '../../apps/worker/src/jobs/queue-workers';
import { CloseOverdueAttemptsHandler } from '../../apps/worker/src/attempts/close-overdue-attempts.handler';
import { givenQuizCourse } from '../../libs/assessment/src/testing/given-quiz-course';
import { questionFixture } from '../../libs/assessment/src/testing/question-fixture';
import { TestApp, type ApiClient } from '../support/test-app';

// This file runs its own worker: its own Redis prefix keeps other test files' jobs out of its queues.
process.env['REDIS_PREFIX'] = `${process.env['REDIS_PREFIX'] ?? 'parity-test'}-attempts`;

async function waitFor<T>(check: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const START = `mutation($e: ID!, $q: ID!) { startQuizAttempt(enrolmentId: $e, quizId: $q) {
  id deadlineAt questions { key options { id text { text } } } } }`;
const SAVE = `mutation($a: ID!, $k: ID!, $answer: AnswerInput!) {
  saveAttemptAnswer(attemptId: $a, questionKey: $k, answer: $answer) { savedAt } }`;

interface Started {
  id: string;
  deadlineAt: string | null;
  questions: { key: string; options: { id: string; text: { text: string } }[] }[];
}

describe('the server closes a timed attempt at its deadline with the answers saved so far', () => {
  let api: TestApp;
  let worker: INestApplicationContext;
  let institution: Institution;
  let author: User;

  beforeAll(async () => {
    api = await TestApp.start();
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    await worker.get(QueueWorkers).start();
    const g = given(api.em());
    institution = await g.institution();
    author = await g.user({ institution, roles: [Role.TRAINER] });
  });

  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  /** A learner with an attempt started through the api on a quiz of `timeLimitSeconds`, one answer saved. */
  async function startedAttempt(timeLimitSeconds: number): Promise<{ client: ApiClient; attempt: Started }> {
    const learner = await given(api.em()).user({ institution });
    const questions = [1, 2].map((n) =>
      questionFixture({
        type: QuestionType.SINGLE_CHOICE,
        choices: [
          { id: `right-${n}`, text: { en: `Right ${n}` }, correct: true },
          { id: `wrong-${n}`, text: { en: `Wrong ${n}` }, correct: false },
        ],
      }),
    );
    const { enrolments, quizzes } = await givenQuizCourse(api.em(), {
      institution,
      author,
      learners: [learner],
      quizzes: [{ settings: { timeLimitSeconds }, questions }],
    });
    const client = await api.client().signIn(learner.email, TEST_PASSWORD);
    const { startQuizAttempt: attempt } = await client.ok<{ startQuizAttempt: Started }>(START, {
      e: enrolments[0]!.id,
      q: quizzes[0]!.id,
    });
    const first = attempt.questions[0]!;
    const right = first.options.find((option) => option.text.text === 'Right 1')!;
    await client.ok(SAVE, { a: attempt.id, k: first.key, answer: { optionIds: [right.id] } });
    return { client, attempt };
  }

  const stored = (id: string) => api.em().findOneOrFail(QuizAttempt, id);

  it('submits the attempt left open past its time limit (the delayed job), grading the saved answer', async () => {
    const { attempt } = await startedAttempt(1);
    expect(attempt.deadlineAt).not.toBeNull();
    expect((await stored(attempt.id)).status).toBe(AttemptStatus.IN_PROGRESS);
    const closed = await waitFor(async () => {
      const row = await stored(attempt.id);
      return row.status === AttemptStatus.SUBMITTED ? row : undefined;
    });
    expect(closed).toMatchObject({ autoSubmitted: true, points: 1, maxPoints: 2, score: 50, passed: false });
    expect(closed.submittedAt!.getTime()).toBeGreaterThanOrEqual(new Date(attempt.deadlineAt!).getTime());
  });

  it('closes an overdue attempt whose job was lost (the sweep), and leaves attempts still running alone', async () => {
    const overdue = await startedAttempt(3600);
    const running = await startedAttempt(3600);
    const em = api.em();
    await em.nativeUpdate(
      QuizAttempt,
      { id: overdue.attempt.id },
      { deadlineAt: new Date(Date.now() - 60_000) },
    );
    await worker.get(CloseOverdueAttemptsHandler).handle();
    expect(await stored(overdue.attempt.id)).toMatchObject({
      status: AttemptStatus.SUBMITTED,
      autoSubmitted: true,
      points: 1,
    });
    expect((await stored(running.attempt.id)).status).toBe(AttemptStatus.IN_PROGRESS);
  });
});
