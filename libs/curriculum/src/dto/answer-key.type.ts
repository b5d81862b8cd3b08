import { Field, ObjectType } from '@nestjs/graphql';
import { ChoiceMatchType } from './choice-match.type';
import { TranslationType } from './translation.type';

@ObjectType('QuestionAnswerKey', { description: 'How a question is marked. Never shown to learners.' })
export class AnswerKeyType {
  @Field(() => [String], { description: 'Single, multiple choice and true/false ("true" or "false").' })
  correctChoiceIds!: string[];

  @Field(() => [ChoiceMatchType], { description: 'Matching: each choice with its right-hand text.' })
  matches!: ChoiceMatchType[];

  @Field(() => [String], { description: 'Ordering: the choice ids in their correct order.' })
  order!: string[];

  @Field(() => [TranslationType], { description: 'Short answer: accepted answers (several per language).' })
  acceptedAnswers!: TranslationType[];

  @Field(() => Boolean)
  caseSensitive!: boolean;

  @Field(() => Boolean)
  diacriticSensitive!: boolean;
}
