import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '@parity/identity';
import { ReminderRuleInput } from '../dto/reminder-rule.input';
import { ReminderRuleType } from '../dto/reminder-rule.type';
import { ReminderRulesService } from './reminder-rules.service';

@Resolver(() => ReminderRuleType)
export class ReminderRuleResolver {
  constructor(private readonly rules: ReminderRulesService) {}

  @Query(() => [ReminderRuleType], { description: 'An institution’s reminder rules (its admins).' })
  reminderRules(
    @Args('institutionId', { type: () => ID }) institutionId: string,
    @Context() ctx: GqlContext,
  ): Promise<ReminderRuleType[]> {
    return this.rules.list(ctx.actor, institutionId);
  }

  @Mutation(() => ReminderRuleType, {
    description: 'Sets when a kind of reminder fires for an institution or one of its courses (audited).',
  })
  saveReminderRule(
    @Args('input', { type: () => ReminderRuleInput }) input: ReminderRuleInput,
    @Context() ctx: GqlContext,
  ): Promise<ReminderRuleType> {
    return this.rules.save(ctx.actor, input);
  }
}
