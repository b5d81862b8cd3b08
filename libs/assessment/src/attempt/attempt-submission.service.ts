import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { CompletionService, Enrolment } from '@parity/learning';
import { notFound } from '@parity/shared/errors';
import { EventOutbox } from '@parity/shared/queue';
import type { AnswerResponse } from './answer-response';
import { gradeAttempt } from '../grading/grade-attempt';
import { AttemptAnswer } from './attempt-answer.entity';
import { isOverdue } from './attempt-timing';
import { loadFrozenQuiz } from './frozen-quiz';
import { QuizAttempt } from './quiz-attempt.entity';
import { updateQuizOutcome } from './quiz-outcome-update';

export interface SubmitOptions {
  /** Closed by the server: only an overdue attempt (past its deadline and grace, see isOverdue) is submitted. */
  automatic: boolean;
}

/**
 * Submitting an attempt, exactly once: the attempt row is locked (FOR UPDATE) in one transaction that grades it,
 * stores every answer's result, updates the quiz outcome and evaluates completion. A parallel or repeated submit waits
 * for the lock, finds the attempt submitted and changes nothing. Used by the learner (api) and the deadline (worker).
 */
@Injectable()
export class AttemptSubmission {
  constructor(
    private readonly em: EntityManager,
    private readonly completion: CompletionService,
    private readonly outbox: EventOutbox,
  ) {}

  /** Returns true when this call submitted the attempt (false: already submitted, or not yet overdue). */
  async submit(attemptId: string, options: SubmitOptions): Promise<boolean> {
    const { submitted, eventId } = await this.em.fork().transactional(async (tx) => {
      const attempt = await tx.findOne(QuizAttempt, attemptId, {
        lockMode: LockMode.PESSIMISTIC_WRITE,
        refresh: true,
      });
      if (!attempt) throw notFound('Quiz attempt');
      const now = new Date();
      if (attempt.submitted || (options.automatic && !isOverdue(attempt.deadlineAt, now))) {
        return { submitted: false, eventId: null };
      }
      const enrolment = await tx.findOneOrFail(Enrolment, attempt.enrolment.id);
      const quiz = await loadFrozenQuiz(tx, enrolment.version.id, attempt.quizId);
      const answers = await tx.find(AttemptAnswer, { attempt: attempt.id });
      const responses = new Map<string, AnswerResponse>(answers.map((a) => [a.questionKey, a.response]));
      const { grade, questions } = gradeAttempt(quiz, attempt.questions, responses);
      for (const answer of answers) {
        const result = questions.get(answer.questionKey);
        answer.earnedPoints = result?.earnedPoints ?? 0;
        answer.correct = result?.correct ?? null;
      }
      attempt.submit(now, grade, options.automatic);
      await tx.flush();
      await updateQuizOutcome(tx, attempt, quiz);
      await tx.flush();
      return { submitted: true, eventId: await this.completion.evaluate(tx, enrolment.id) };
    });
    await this.outbox.dispatch([eventId]);
    return submitted;
  }
}
