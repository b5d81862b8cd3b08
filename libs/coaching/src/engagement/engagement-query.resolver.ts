import { Args, Context, ID, Int, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '@parity/identity';
import { EngagementState } from '../graphql/enums';
import { CoachingEngagementType } from './dto/coaching-engagement.type';
import { EngagementSummaryConnectionType } from './dto/engagement-summary-connection.type';
import { EngagementQueryService, type EngagementSummaryPage } from './engagement-query.service';

@Resolver(() => CoachingEngagementType)
export class EngagementQueryResolver {
  constructor(private readonly engagements: EngagementQueryService) {}

  @Query(() => EngagementSummaryConnectionType, {
    description: 'The caller’s engagements, as coach or coachee (myRole says which), newest first.',
  })
  myCoachingEngagements(
    @Context() ctx: GqlContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<EngagementSummaryPage> {
    return this.engagements.mine(ctx.actor, { first, after });
  }

  @Query(() => EngagementSummaryConnectionType, {
    description: 'A programme’s engagements as summaries (its runners): states and counts, newest first.',
  })
  programmeEngagements(
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Context() ctx: GqlContext,
    @Args('state', { type: () => EngagementState, nullable: true }) state?: EngagementState | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<EngagementSummaryPage> {
    return this.engagements.ofProgramme(ctx.actor, { programmeId, state, first, after });
  }

  @Query(() => CoachingEngagementType, { description: 'One engagement, opened by its coach or coachee.' })
  coachingEngagement(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GqlContext,
  ): Promise<CoachingEngagementType> {
    return this.engagements.one(ctx.actor, id);
  }
}
