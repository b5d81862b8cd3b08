import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { QuizAttempt, AttemptStatus } from '@parity/assessment';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { QueueWorkers } from '../../apps/worker/src/jobs/queue-workers';
import { CloseOverdueAttemptsHandler } from '../../apps/worker/src/attempts/close-overdue-attempts.handler';
import { givenQuizLearner, startQuizWorld, twoQuestions, type QuizWorld } from '../support/quiz-learner';
import type { ApiClient, TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';

// This file runs its own worker: its own Redis prefix keeps other test files' jobs out of its queues.
process.env['REDIS_PREFIX'] = `${process.env['REDIS_PREFIX'] ?? 'parity-test'}-attempts`;

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
  let world: QuizWorld;
  let api: TestApp;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    world = await startQuizWorld();
    api = world.t;
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    await worker.get(QueueWorkers).start();
  });

  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  /** A learner with an attempt started through the api on a quiz of `timeLimitSeconds`, one answer saved. */
  async function startedAttempt(timeLimitSeconds: number): Promise<{ client: ApiClient; attempt: Started }> {
    const { client, enrolmentId, quizIds } = await givenQuizLearner(world, [
      { settings: { timeLimitSeconds }, questions: twoQuestions() },
    ]);
    const { startQuizAttempt: attempt } = await client.ok<{ startQuizAttempt: Started }>(START, {
      e: enrolmentId,
      q: quizIds[0]!,
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
    const closed = await waitFor(
      async () => {
        const row = await stored(attempt.id);
        return row.status === AttemptStatus.SUBMITTED ? row : undefined;
      },
      { timeoutMs: 20_000 },
    );
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
