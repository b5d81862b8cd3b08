import { Field, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@parity/identity';
import { EngagementSummaryType } from './engagement-summary.type';

@ObjectType('EngagementSummaryConnection')
export class EngagementSummaryConnectionType {
  @Field(() => [EngagementSummaryType])
  nodes!: EngagementSummaryType[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
