import { Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { isLocale, type QuizSnapshot } from '@parity/curriculum';
import type { Actor } from '@parity/identity';
import { Enrolment, EnrolmentStatus, LearningErrorCode, QuizOutcome } from '@parity/learning';
import { DomainError } from '@parity/shared/errors';
import { noAttemptsLeft } from '../assessment.errors';
import { drawQuestions } from '../drawing/draw-questions';
import { CRYPTO_RANDOM } from '../drawing/random-source';
import { AttemptAccess } from './attempt-access.service';
import { AttemptStatus } from './attempt-status.enum';
import { isOverdue } from './attempt-timing';
import { AttemptSubmission } from './attempt-submission.service';
import { DeadlineScheduler } from './deadline-scheduler';
import { loadFrozenQuiz } from './frozen-quiz';
import { assertUuids } from './input-ids';
import { QuizAttempt } from './quiz-attempt.entity';

/** Starting (or resuming) a quiz attempt in the learner's own active enrolment. */
@Injectable()
export class AttemptStartService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: AttemptAccess,
    private readonly submission: AttemptSubmission,
    private readonly deadlines: DeadlineScheduler,
  ) {}

  /**
   * The open attempt if there is one, else a new one within the attempt limit. An open attempt past its deadline and
   * grace is closed and returned submitted: starting the next one is the learner's next, deliberate call.
   */
  async start(
    actor: Actor | null,
    enrolmentId: string,
    quizId: string,
    /** The language the learner reads in (the interface's); else their profile's. */
    locale?: string | null,
  ): Promise<{ enrolment: Enrolment; attempt: QuizAttempt }> {
    assertUuids({ enrolmentId, quizId });
    const { enrolment } = await this.access.enrolment(actor, enrolmentId, 'attempt.take');
    if (enrolment.status !== EnrolmentStatus.ACTIVE) {
      throw new DomainError(LearningErrorCode.ENROLMENT_NOT_ACTIVE, 'This enrolment is not active.');
    }
    const quiz = await loadFrozenQuiz(this.em, enrolment.version.id, quizId);
    const open = await this.openAttempt(enrolment, quizId);
    if (open) {
      if (!isOverdue(open.deadlineAt, new Date())) return { enrolment, attempt: open };
      await this.submission.submit(open.id, { automatic: true });
      return { enrolment, attempt: await this.em.fork().findOneOrFail(QuizAttempt, open.id) };
    }
    try {
      const attempt = await this.create(enrolment, quiz, locale);
      await this.deadlines.schedule(attempt);
      return { enrolment, attempt };
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      // Started in parallel by another request: that attempt is the one.
      const winner = await this.openAttempt(enrolment, quizId);
      if (!winner) throw error;
      return { enrolment, attempt: winner };
    }
  }

  private openAttempt(enrolment: Enrolment, quizId: string): Promise<QuizAttempt | null> {
    return this.em.fork().findOne(QuizAttempt, {
      enrolment: enrolment.id,
      quizId,
      status: AttemptStatus.IN_PROGRESS,
    });
  }

  private async create(
    enrolment: Enrolment,
    quiz: QuizSnapshot,
    locale?: string | null,
  ): Promise<QuizAttempt> {
    const em = this.em.fork();
    const used = await em.count(QuizAttempt, { enrolment: enrolment.id, quizId: quiz.id });
    if (quiz.attemptsAllowed !== null) {
      const outcome = await em.findOne(QuizOutcome, { enrolment: enrolment.id, quizId: quiz.id });
      if (used >= quiz.attemptsAllowed + (outcome?.extraAttempts ?? 0)) throw noAttemptsLeft();
    }
    const now = new Date();
    const attempt = new QuizAttempt({
      enrolment: em.getReference(Enrolment, enrolment.id),
      quizId: quiz.id,
      userId: enrolment.user.id,
      number: used + 1,
      startedAt: now,
      deadlineAt: quiz.timeLimitSeconds ? new Date(now.getTime() + quiz.timeLimitSeconds * 1000) : null,
      locale:
        locale && isLocale(locale) ? locale : isLocale(enrolment.user.locale) ? enrolment.user.locale : 'en',
      questions: drawQuestions(quiz, CRYPTO_RANDOM),
    });
    await em.persistAndFlush(attempt);
    return attempt;
  }
}
