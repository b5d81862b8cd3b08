import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '@parity/identity';
import { ActionPlan } from './action-plan.service';
import { ActionItemInput } from './dto/action-item.input';
import { ActionItemType } from './dto/action-item.type';
import { UpdateActionItemInput } from './dto/update-action-item.input';

@Resolver(() => ActionItemType)
export class ActionItemResolver {
  constructor(private readonly plan: ActionPlan) {}

  @Mutation(() => ActionItemType, { description: 'Adds a goal or an action to an active engagement’s plan.' })
  createActionItem(
    @Args('input', { type: () => ActionItemInput }) input: ActionItemInput,
    @Context() ctx: GqlContext,
  ): Promise<ActionItemType> {
    return this.plan.create(ctx.actor, input);
  }

  @Mutation(() => ActionItemType, { description: 'Changes an action item’s title, due date or status.' })
  updateActionItem(
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => UpdateActionItemInput }) input: UpdateActionItemInput,
    @Context() ctx: GqlContext,
  ): Promise<ActionItemType> {
    return this.plan.update(ctx.actor, { ...input, id });
  }

  @Mutation(() => ActionItemType, { description: 'Adds a progress note to an action item.' })
  addActionProgress(
    @Args('actionItemId', { type: () => ID }) actionItemId: string,
    @Args('text', { type: () => String }) text: string,
    @Context() ctx: GqlContext,
  ): Promise<ActionItemType> {
    return this.plan.addProgress(ctx.actor, { actionItemId, text });
  }
}
