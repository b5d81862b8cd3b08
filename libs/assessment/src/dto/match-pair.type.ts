import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('MatchPair')
export class MatchPairType {
  @Field(() => ID)
  optionId!: string;

  @Field(() => ID)
  targetId!: string;
}
