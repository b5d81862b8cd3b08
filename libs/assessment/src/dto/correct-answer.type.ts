import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MatchPairType } from './match-pair.type';

@ObjectType('CorrectAnswer', { description: 'Shown after submission, per the quiz’s answers policy.' })
export class CorrectAnswerType {
  @Field(() => [ID], { description: 'Correct options; for ordering, every item in the correct order.' })
  optionIds!: string[];

  @Field(() => [String], { description: 'Short answer: the accepted answers.' })
  texts!: string[];

  @Field(() => [MatchPairType])
  pairs!: MatchPairType[];
}
