import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@parity/identity';
import type { QuizAttemptType } from '../dto/quiz-attempt.type';
import { AttemptViewService } from '../review/attempt-view.service';
import { AttemptAccess, assertAnswering } from './attempt-access.service';
import { AttemptStartService } from './attempt-start.service';
import { AttemptSubmission } from './attempt-submission.service';
import { assertUuids } from './input-ids';
import { QuizAttempt } from './quiz-attempt.entity';

/** The learner's start and submit, answered with the attempt as they may see it. */
@Injectable()
export class AttemptTakingService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: AttemptAccess,
    private readonly starts: AttemptStartService,
    private readonly submission: AttemptSubmission,
    private readonly views: AttemptViewService,
  ) {}

  async start(
    actor: Actor | null,
    enrolmentId: string,
    quizId: string,
    locale?: string | null,
  ): Promise<QuizAttemptType> {
    const { enrolment, attempt } = await this.starts.start(actor, enrolmentId, quizId, locale);
    return this.views.view(enrolment, attempt);
  }

  /** Exactly once: a repeated or parallel submit gets the same stored result. Needs an enrolment still answering. */
  async submit(actor: Actor | null, attemptId: string): Promise<QuizAttemptType> {
    assertUuids({ attemptId });
    const { attempt } = await this.access.attempt(actor, attemptId, 'attempt.take');
    // Once withdrawn or expired, the learner's submit is refused (a repeat of a done one still gets its result).
    if (!attempt.submitted) assertAnswering(attempt.enrolment);
    await this.submission.submit(attempt.id, { automatic: false });
    const fresh = await this.em.fork().findOneOrFail(QuizAttempt, attempt.id, { populate: ['enrolment'] });
    return this.views.view(fresh.enrolment, fresh);
  }
}
