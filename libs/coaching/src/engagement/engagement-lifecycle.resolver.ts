import { Args, Context, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '@parity/identity';
import { EngagementSummaryType } from './dto/engagement-summary.type';
import { EngagementLifecycleService } from './engagement-lifecycle.service';
import { EngagementProposalService } from './engagement-proposal.service';

@Resolver(() => EngagementSummaryType)
export class EngagementLifecycleResolver {
  constructor(
    private readonly proposals: EngagementProposalService,
    private readonly lifecycle: EngagementLifecycleService,
  ) {}

  @Mutation(() => EngagementSummaryType, {
    description: 'Proposes a coach for a coachee in a programme (its runners; audited).',
  })
  proposeCoachingEngagement(
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Args('coachId', { type: () => ID }) coachId: string,
    @Args('coacheeId', { type: () => ID }) coacheeId: string,
    @Args('plannedSessions', { type: () => Int }) plannedSessions: number,
    @Context() ctx: GqlContext,
    @Args('startsOn', { type: () => String, nullable: true }) startsOn?: string | null,
    @Args('endsOn', { type: () => String, nullable: true }) endsOn?: string | null,
  ): Promise<EngagementSummaryType> {
    return this.proposals.propose(ctx.actor, {
      programmeId,
      coachId,
      coacheeId,
      plannedSessions,
      startsOn,
      endsOn,
    });
  }

  @Mutation(() => EngagementSummaryType, {
    description: 'The coach accepts or the coachee confirms a proposal; with both it is active.',
  })
  acceptCoachingEngagement(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GqlContext,
  ): Promise<EngagementSummaryType> {
    return this.lifecycle.accept(ctx.actor, id);
  }

  @Mutation(() => EngagementSummaryType, { description: 'The coach or the coachee turns a proposal down.' })
  declineCoachingEngagement(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GqlContext,
  ): Promise<EngagementSummaryType> {
    return this.lifecycle.decline(ctx.actor, id);
  }

  @Mutation(() => EngagementSummaryType, {
    description: 'The coach marks the engagement complete (all planned sessions held).',
  })
  markCoachingEngagementComplete(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GqlContext,
  ): Promise<EngagementSummaryType> {
    return this.lifecycle.markComplete(ctx.actor, id);
  }

  @Mutation(() => EngagementSummaryType, {
    description: 'The coachee confirms completion: a certificate of participation follows.',
  })
  confirmCoachingEngagementComplete(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GqlContext,
  ): Promise<EngagementSummaryType> {
    return this.lifecycle.confirmComplete(ctx.actor, id);
  }

  @Mutation(() => EngagementSummaryType, {
    description: 'Ends a proposed or active engagement early, with a reason (audited when not by the pair).',
  })
  endCoachingEngagement(
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String }) reason: string,
    @Context() ctx: GqlContext,
  ): Promise<EngagementSummaryType> {
    return this.lifecycle.end(ctx.actor, id, reason);
  }
}
