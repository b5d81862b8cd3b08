import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Cohort', {
  description: 'A named group of people of one institution that courses can be assigned to.',
})
export class CohortType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  memberCount!: number;
}
