import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '@parity/identity';
import { CoachProfileService } from './coach-profile.service';
import { CoachProfileInput } from './dto/coach-profile.input';
import { CoachProfileType } from './dto/coach-profile.type';

@Resolver(() => CoachProfileType)
export class CoachProfileResolver {
  constructor(private readonly profiles: CoachProfileService) {}

  @Query(() => CoachProfileType, { nullable: true, description: 'The caller’s coach profile (coaches).' })
  myCoachProfile(@Context() ctx: GqlContext): Promise<CoachProfileType | null> {
    return this.profiles.mine(ctx.actor);
  }

  @Mutation(() => CoachProfileType, {
    description: 'Creates or replaces the caller’s coach profile (coaches).',
  })
  saveMyCoachProfile(
    @Args('input', { type: () => CoachProfileInput }) input: CoachProfileInput,
    @Context() ctx: GqlContext,
  ): Promise<CoachProfileType> {
    return this.profiles.save(ctx.actor, input);
  }

  @Query(() => [CoachProfileType], {
    description:
      'Coaches a programme’s runners can propose: with room, least loaded first, by language and expertise. Coaches of other institutions appear when they share a language with the coachees. Paged: `after` is the last coach’s userId.',
  })
  coachesForMatching(
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Context() ctx: GqlContext,
    @Args('language', { type: () => String, nullable: true }) language?: string | null,
    @Args('expertise', { type: () => String, nullable: true }) expertise?: string | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<CoachProfileType[]> {
    return this.profiles.forMatching(ctx.actor, { programmeId, language, expertise, first, after });
  }
}
