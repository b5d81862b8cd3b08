import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CountingRule, type QuizSnapshot } from '@parity/curriculum';
import { QuizOutcome } from '@parity/learning';
import { AttemptStatus } from './attempt-status.enum';
import { QuizAttempt } from './quiz-attempt.entity';

/**
 * The quiz's counted score after an attempt: the highest or the last, per the quiz. A quiz without a passing score
 * (a survey, an unmarked pre-test) counts as passed once submitted.
 */
export function countedScore(
  rule: CountingRule,
  previous: number | null,
  latest: number | null,
): number | null {
  if (rule === CountingRule.LAST) return latest;
  if (previous === null) return latest;
  if (latest === null) return previous;
  return Math.max(previous, latest);
}

/**
 * Updates the enrolment's QuizOutcome in the grading transaction (row created if missing, then locked); the attempt
 * must be flushed as submitted first.
 */
export async function updateQuizOutcome(
  em: EntityManager,
  attempt: QuizAttempt,
  quiz: QuizSnapshot,
): Promise<QuizOutcome> {
  await em.execute(
    `insert into "quiz_outcome" ("id", "created_at", "enrolment_id", "quiz_id", "passed", "attempts_used", "extra_attempts")
     values (gen_random_uuid(), now(), ?, ?, false, 0, 0) on conflict ("enrolment_id", "quiz_id") do nothing`,
    [attempt.enrolment.id, attempt.quizId],
  );
  const outcome = await em.findOneOrFail(
    QuizOutcome,
    { enrolment: attempt.enrolment.id, quizId: attempt.quizId },
    { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
  );
  outcome.attemptsUsed = await em.count(QuizAttempt, {
    enrolment: attempt.enrolment.id,
    quizId: attempt.quizId,
    status: AttemptStatus.SUBMITTED,
  });
  outcome.score = countedScore(quiz.countingRule, outcome.score, attempt.score);
  outcome.passed =
    quiz.passingScore === null ? true : outcome.score !== null && outcome.score >= quiz.passingScore;
  outcome.lastSubmittedAt = attempt.submittedAt;
  return outcome;
}
