import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@parity/identity';
import type { QuizAttemptType } from '../dto/quiz-attempt.type';
import { AttemptViewService } from '../review/attempt-view.service';
import { AttemptAccess } from './attempt-access.service';
import { assertUuids } from './input-ids';
import { QuizAttempt } from './quiz-attempt.entity';

/** Reading attempts: the learner their own, trainers and admins those of their institution's people (attempt.read). */
@Injectable()
export class AttemptQueryService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: AttemptAccess,
    private readonly views: AttemptViewService,
  ) {}

  async attempt(actor: Actor | null, id: string): Promise<QuizAttemptType> {
    assertUuids({ id });
    const { attempt } = await this.access.attempt(actor, id, 'attempt.read');
    return this.views.view(attempt.enrolment, attempt);
  }

  async attempts(actor: Actor | null, enrolmentId: string, quizId: string): Promise<QuizAttemptType[]> {
    assertUuids({ enrolmentId, quizId });
    const { enrolment } = await this.access.enrolment(actor, enrolmentId, 'attempt.read');
    const attempts = await this.em.find(
      QuizAttempt,
      { enrolment: enrolment.id, quizId },
      { orderBy: { number: 'asc' } },
    );
    return this.views.views(enrolment, attempts);
  }
}
