import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '@parity/identity';
import { AssignCourseInput } from '../dto/assign-course.input';
import { AssignmentResultType } from '../dto/assignment-result.type';
import { AssignmentService } from './assignment.service';

@Resolver(() => AssignmentResultType)
export class AssignmentResolver {
  constructor(private readonly assignments: AssignmentService) {}

  @Mutation(() => AssignmentResultType, {
    description:
      'Assigns a course to people, a unit (with its sub-units) or a cohort; people already enrolled are skipped, so a repeat creates nothing.',
  })
  assignCourse(
    @Args('input', { type: () => AssignCourseInput }) input: AssignCourseInput,
    @Context() ctx: GqlContext,
  ): Promise<AssignmentResultType> {
    return this.assignments.assign(ctx.actor, input);
  }
}
