import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PartialCreditRule, QuestionType } from '../graphql/enums';
import { AnswerKeyType } from './answer-key.type';
import { QuestionChoiceType } from './question-choice.type';
import { QuestionFeedbackType } from './question-feedback.type';
import { TranslationType } from './translation.type';

@ObjectType('Question', {
  description: 'A question as the studio sees it; the answer key only for its editors.',
})
export class BankQuestionType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  bankId!: string;

  @Field(() => String, { nullable: true })
  category!: string | null;

  @Field(() => QuestionType)
  type!: QuestionType;

  @Field(() => [TranslationType], { description: 'Sanitised HTML per language.' })
  prompt!: TranslationType[];

  @Field(() => [QuestionChoiceType], {
    description: 'Choices, pairs (left side), items to order, or Likert scale labels.',
  })
  choices!: QuestionChoiceType[];

  @Field(() => QuestionFeedbackType)
  feedback!: QuestionFeedbackType;

  @Field(() => Int)
  points!: number;

  @Field(() => PartialCreditRule)
  partialCredit!: PartialCreditRule;

  @Field(() => Int, { description: 'Revision: send it back as expectedRev when saving.' })
  rev!: number;

  @Field(() => AnswerKeyType, {
    nullable: true,
    description: 'Null unless the caller may edit the question’s bank.',
  })
  answerKey!: AnswerKeyType | null;
}
