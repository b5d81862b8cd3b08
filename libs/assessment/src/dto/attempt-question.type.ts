import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalizedText } from '@parity/learning';
import { LearnerQuestionType } from '../graphql/enums';
import { AttemptOptionType } from './attempt-option.type';
import { SavedAnswerType } from './saved-answer.type';

@ObjectType('AttemptQuestion', {
  description: 'A question as the learner sees it: no field can carry a correct answer, a score or feedback.',
})
export class AttemptQuestionType {
  @Field(() => ID, { description: 'Opaque per attempt.' })
  key!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => LearnerQuestionType)
  type!: LearnerQuestionType;

  @Field(() => LocalizedText, { description: 'Sanitised HTML.' })
  prompt!: LocalizedText;

  @Field(() => Float)
  points!: number;

  @Field(() => [AttemptOptionType], {
    description: 'Choices, left items (matching) or items to order, in this attempt’s order.',
  })
  options!: AttemptOptionType[];

  @Field(() => [AttemptOptionType], { description: 'Matching only: the right-hand texts, shuffled.' })
  matchTargets!: AttemptOptionType[];

  @Field(() => SavedAnswerType, { nullable: true })
  answer!: SavedAnswerType | null;
}
