import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '@parity/identity';
import { LessonProgressInput } from '../dto/lesson-progress.input';
import { LessonProgressResultType } from '../dto/lesson-progress-result.type';
import { ProgressService, type LessonProgressOutcome } from './progress.service';

@Resolver(() => LessonProgressResultType)
export class ProgressResolver {
  constructor(private readonly progress: ProgressService) {}

  @Mutation(() => LessonProgressResultType, {
    description:
      'Records time in a lesson (per visit, the largest report counts) and, once, its completion. Safe to retry.',
  })
  recordLessonProgress(
    @Args('input', { type: () => LessonProgressInput }) input: LessonProgressInput,
    @Context() ctx: GqlContext,
  ): Promise<LessonProgressOutcome> {
    return this.progress.record(ctx.actor, input);
  }
}
