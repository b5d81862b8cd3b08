import { Field, ID, InputType } from '@nestjs/graphql';

@InputType('MatchPairInput')
export class MatchPairInput {
  @Field(() => ID)
  optionId!: string;

  @Field(() => ID)
  targetId!: string;
}
