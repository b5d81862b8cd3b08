import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@parity/identity';
import { badInput, parseInput } from '@parity/shared/errors';
import { attemptClosed } from '../assessment.errors';
import type { AnswerResponse } from './answer-response';
import { answerInputSchema } from './answer-input.schema';
import { AttemptAccess, assertAnswering } from './attempt-access.service';
import { DEADLINE_GRACE_MS } from './attempt-timing';
import { assertUuids } from './input-ids';
import { QuizAttempt } from './quiz-attempt.entity';
import { validateAnswer } from './validate-answer';

export interface SavedAnswer extends AnswerResponse {
  savedAt: Date;
}

/** Autosave: one answer of an open attempt, replaced on every save (a retried save changes nothing more). */
@Injectable()
export class AttemptAnswerService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: AttemptAccess,
  ) {}

  async save(
    actor: Actor | null,
    attemptId: string,
    questionKey: string,
    raw: unknown,
  ): Promise<SavedAnswer> {
    assertUuids({ attemptId });
    const { attempt } = await this.access.attempt(actor, attemptId, 'attempt.take');
    assertAnswering(attempt.enrolment);
    if (attempt.isClosed(new Date(), DEADLINE_GRACE_MS)) throw attemptClosed();
    const question = attempt.questions.find((candidate) => candidate.key === questionKey);
    if (!question) throw badInput([{ field: 'questionKey', code: 'INVALID' }]);
    const response = validateAnswer(question, parseInput(answerInputSchema, raw));
    return this.em.fork().transactional(async (tx) => {
      // FOR SHARE: saves run side by side, but never while the attempt is being submitted.
      const locked = await tx.findOneOrFail(QuizAttempt, attempt.id, {
        lockMode: LockMode.PESSIMISTIC_READ,
        refresh: true,
      });
      const now = new Date();
      if (locked.isClosed(now, DEADLINE_GRACE_MS)) throw attemptClosed();
      await tx.execute(
        `insert into "attempt_answer" ("id", "created_at", "attempt_id", "question_key", "response", "saved_at")
         values (gen_random_uuid(), now(), ?, ?, ?::jsonb, ?)
         on conflict ("attempt_id", "question_key") do update set "response" = excluded."response", "saved_at" = excluded."saved_at"`,
        [attempt.id, questionKey, JSON.stringify(response), now],
      );
      return { ...response, savedAt: now };
    });
  }
}
