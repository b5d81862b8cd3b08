import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '@parity/identity';
import { CoachingEngagementType } from '../engagement/dto/coaching-engagement.type';
import { ActionPlan } from './action-plan.service';
import { ActionItemType } from './dto/action-item.type';

/** `CoachingEngagement.actionItems`: the plan with its progress, for the pair only (checked again here). */
@Resolver(() => CoachingEngagementType)
export class EngagementActionItemsResolver {
  constructor(private readonly plan: ActionPlan) {}

  @ResolveField(() => [ActionItemType], { description: 'The action plan, in the order it was made.' })
  actionItems(
    @Parent() engagement: CoachingEngagementType,
    @Context() ctx: GqlContext,
  ): Promise<ActionItemType[]> {
    return this.plan.list(ctx.actor, engagement.id);
  }
}
