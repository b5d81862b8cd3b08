import { Context, ID, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import type { GqlContext } from '@parity/identity';
import { loadManyBy } from '@parity/identity';
import { OutlineQuizType } from '@parity/learning';
import { AttemptStatus } from '../attempt/attempt-status.enum';
import { QuizAttempt } from '../attempt/quiz-attempt.entity';

/**
 * The attempt in progress of a quiz in the learner's outline (to resume it). The outline is already authorised by
 * learning (enrolment.read); one query for every quiz of every enrolment on the page.
 */
@Resolver(() => OutlineQuizType)
export class OutlineQuizFieldsResolver {
  constructor(private readonly em: EntityManager) {}

  @ResolveField('openAttemptId', () => ID, {
    nullable: true,
    description: 'The attempt in progress, to resume; null when none is open.',
  })
  async openAttemptId(@Parent() quiz: OutlineQuizType, @Context() ctx: GqlContext): Promise<string | null> {
    const open = await loadManyBy(
      ctx.loaders,
      'Assessment.openAttempts',
      quiz.enrolmentId,
      (ids) => this.em.find(QuizAttempt, { enrolment: { $in: [...ids] }, status: AttemptStatus.IN_PROGRESS }),
      (attempt) => attempt.enrolment.id,
    );
    return open.find((attempt) => attempt.quizId === quiz.id)?.id ?? null;
  }
}
