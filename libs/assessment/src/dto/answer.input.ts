import { Field, ID, InputType } from '@nestjs/graphql';
import { MatchPairInput } from './match-pair.input';

@InputType('AnswerInput', { description: 'One of: optionIds (ordering: the learner’s order), text, pairs.' })
export class AnswerInput {
  @Field(() => [ID], { nullable: true })
  optionIds?: string[] | null;

  @Field(() => String, { nullable: true })
  text?: string | null;

  @Field(() => [MatchPairInput], { nullable: true })
  pairs?: MatchPairInput[] | null;
}
