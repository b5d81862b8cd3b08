import { Field, Int, ObjectType } from '@nestjs/graphql';
import { EngagementState } from '../../graphql/enums';

@ObjectType('CountByState')
export class CountByStateType {
  @Field(() => EngagementState)
  state!: EngagementState;

  @Field(() => Int)
  count!: number;
}
