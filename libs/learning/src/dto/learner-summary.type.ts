import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('LearnerSummary', { description: 'Who an enrolment belongs to (for admin and trainer views).' })
export class LearnerSummaryType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  displayName!: string;
}
