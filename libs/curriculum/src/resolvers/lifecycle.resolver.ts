import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '@parity/identity';
import { CourseVersionType } from '../dto/course-version.type';
import { LifecycleService } from '../lifecycle/lifecycle.service';
import type { CourseVersion } from '../version/course-version.entity';

@Resolver()
export class LifecycleResolver {
  constructor(private readonly lifecycle: LifecycleService) {}

  @Mutation(() => CourseVersionType, {
    description: 'Draft → in review (at least one language must be complete).',
  })
  submitVersion(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GqlContext,
  ): Promise<CourseVersion> {
    return this.lifecycle.submit(ctx.actor, id);
  }

  @Mutation(() => CourseVersionType, { description: 'In review → draft again, with a note for the authors.' })
  returnVersion(
    @Args('id', { type: () => ID }) id: string,
    @Args('note', { type: () => String }) note: string,
    @Context() ctx: GqlContext,
  ): Promise<CourseVersion> {
    return this.lifecycle.returnToDraft(ctx.actor, id, note);
  }

  @Mutation(() => CourseVersionType, {
    description: 'In review → published, by someone who did not write it.',
  })
  approveVersion(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GqlContext,
  ): Promise<CourseVersion> {
    return this.lifecycle.approve(ctx.actor, id);
  }

  @Mutation(() => CourseVersionType, {
    description: 'Starts the next draft from the latest published version.',
  })
  createDraft(
    @Args('courseId', { type: () => ID }) courseId: string,
    @Context() ctx: GqlContext,
  ): Promise<CourseVersion> {
    return this.lifecycle.createDraft(ctx.actor, courseId);
  }
}
