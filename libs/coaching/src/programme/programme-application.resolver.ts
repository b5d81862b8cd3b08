import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '@parity/identity';
import { ApplicationStatus } from '../graphql/enums';
import { ProgrammeApplicationType } from './dto/programme-application.type';
import { ProgrammeApplicationService } from './programme-application.service';

@Resolver(() => ProgrammeApplicationType)
export class ProgrammeApplicationResolver {
  constructor(private readonly applications: ProgrammeApplicationService) {}

  @Mutation(() => ProgrammeApplicationType, {
    description:
      'Applies to a programme that takes self-sign-up; applying again returns the first application.',
  })
  applyToCoachingProgramme(
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Context() ctx: GqlContext,
  ): Promise<ProgrammeApplicationType> {
    return this.applications.apply(ctx.actor, programmeId);
  }

  @Query(() => [ProgrammeApplicationType], { description: 'The caller’s own applications, newest first.' })
  myProgrammeApplications(@Context() ctx: GqlContext): Promise<ProgrammeApplicationType[]> {
    return this.applications.mine(ctx.actor);
  }

  @Query(() => [ProgrammeApplicationType], {
    description:
      'A programme’s applications, oldest first (its runners). Paged: `after` is the id of the last application seen.',
  })
  programmeApplications(
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Context() ctx: GqlContext,
    @Args('status', { type: () => ApplicationStatus, nullable: true }) status?: ApplicationStatus | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<ProgrammeApplicationType[]> {
    return this.applications.list(ctx.actor, { programmeId, status, first, after });
  }

  @Mutation(() => ProgrammeApplicationType, { description: 'Approves or declines an application (audited).' })
  decideProgrammeApplication(
    @Args('id', { type: () => ID }) id: string,
    @Args('approve', { type: () => Boolean }) approve: boolean,
    @Context() ctx: GqlContext,
  ): Promise<ProgrammeApplicationType> {
    return this.applications.decide(ctx.actor, id, approve);
  }
}
