import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '@parity/identity';
import { CoachingProgrammeConnectionType } from './dto/coaching-programme-connection.type';
import { CoachingProgrammeInput } from './dto/coaching-programme.input';
import { CoachingProgrammeType } from './dto/coaching-programme.type';
import { CoachingProgrammeService, type ProgrammePage } from './coaching-programme.service';

@Resolver(() => CoachingProgrammeType)
export class CoachingProgrammeResolver {
  constructor(private readonly programmes: CoachingProgrammeService) {}

  @Query(() => CoachingProgrammeConnectionType, {
    description:
      'Coaching programmes of an institution (default: every one the caller may see), latest first.',
  })
  coachingProgrammes(
    @Context() ctx: GqlContext,
    @Args('institutionId', { type: () => ID, nullable: true }) institutionId?: string | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<ProgrammePage> {
    return this.programmes.list(ctx.actor, { institutionId, first, after });
  }

  @Query(() => CoachingProgrammeType)
  coachingProgramme(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GqlContext,
  ): Promise<CoachingProgrammeType> {
    return this.programmes.get(ctx.actor, id);
  }

  @Mutation(() => CoachingProgrammeType, { description: 'Creates a programme with its managers (audited).' })
  createCoachingProgramme(
    @Args('input', { type: () => CoachingProgrammeInput }) input: CoachingProgrammeInput,
    @Context() ctx: GqlContext,
  ): Promise<CoachingProgrammeType> {
    return this.programmes.create(ctx.actor, input);
  }

  @Mutation(() => CoachingProgrammeType, {
    description: 'Changes a programme: name, dates, sign-up, managers (audited).',
  })
  updateCoachingProgramme(
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => CoachingProgrammeInput }) input: CoachingProgrammeInput,
    @Context() ctx: GqlContext,
  ): Promise<CoachingProgrammeType> {
    return this.programmes.update(ctx.actor, id, input);
  }
}
