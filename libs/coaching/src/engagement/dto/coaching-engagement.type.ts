import { Field, ID, ObjectType } from '@nestjs/graphql';
import { EngagementSummaryType } from './engagement-summary.type';

/**
 * An engagement opened by one of its two people. Its sessions and action plan are resolved by the sessions and
 * action-plan resolvers (fields `sessions`, `actionItems`), which check the pair again.
 */
@ObjectType('CoachingEngagement')
export class CoachingEngagementType {
  @Field(() => ID)
  id!: string;

  @Field(() => EngagementSummaryType)
  summary!: EngagementSummaryType;
}
