import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '@parity/identity';
import { EnrolmentConnectionType } from '../dto/enrolment-connection.type';
import { EnrolmentType } from '../dto/enrolment.type';
import { EnrolmentStatus } from '../graphql/enums';
import { asConnection } from '../keyset-page';
import type { Enrolment } from './enrolment.entity';
import { EnrolmentQueryService } from './enrolment-query.service';
import { EnrolmentService } from './enrolment.service';

@Resolver(() => EnrolmentType)
export class EnrolmentResolver {
  constructor(
    private readonly enrolments: EnrolmentService,
    private readonly queries: EnrolmentQueryService,
  ) {}

  @Query(() => EnrolmentConnectionType, {
    description:
      'The caller’s enrolments: active mandatory ones with a due date first (earliest due first), then other active ones by last activity, then completed ones.',
  })
  async myLearning(
    @Context() ctx: GqlContext,
    @Args('status', { type: () => EnrolmentStatus, nullable: true }) status?: EnrolmentStatus | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<EnrolmentConnectionType> {
    return asConnection<EnrolmentType>(await this.enrolments.myLearning(ctx.actor, { status, first, after }));
  }

  @Query(() => EnrolmentType)
  enrolment(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext): Promise<Enrolment> {
    return this.queries.get(ctx.actor, id);
  }

  @Query(() => EnrolmentConnectionType, {
    description: 'A course’s enrolments, of the people the caller may see, by name.',
  })
  async courseEnrolments(
    @Context() ctx: GqlContext,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('status', { type: () => EnrolmentStatus, nullable: true }) status?: EnrolmentStatus | null,
    @Args('search', { type: () => String, nullable: true }) search?: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<EnrolmentConnectionType> {
    return asConnection<EnrolmentType>(
      await this.queries.forCourse(ctx.actor, { courseId, status, search, first, after }),
    );
  }

  @Mutation(() => EnrolmentType, {
    description:
      'Enrols the caller in a course that allows self-enrolment; returns an existing enrolment as is.',
  })
  enrol(
    @Args('courseId', { type: () => ID }) courseId: string,
    @Context() ctx: GqlContext,
  ): Promise<Enrolment> {
    return this.enrolments.enrol(ctx.actor, courseId);
  }
}
