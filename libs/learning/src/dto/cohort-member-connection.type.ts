import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@parity/identity';
import { LearnerSummaryType } from './learner-summary.type';

@ObjectType('CohortMemberConnection', {
  description:
    'A cohort’s members: who they are (id and name), nothing more — their records are read under People.',
})
export class CohortMemberConnectionType {
  @Field(() => [LearnerSummaryType])
  nodes!: LearnerSummaryType[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
