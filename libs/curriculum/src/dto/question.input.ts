import { Field, InputType, Int } from '@nestjs/graphql';
import { PartialCreditRule, QuestionType } from '../graphql/enums';
import { ChoiceInput } from './choice.input';
import { QuestionFeedbackInput } from './question-feedback.input';
import { TranslationInput } from './translation.input';

@InputType({
  description:
    'A whole question (a save replaces it); expectedRev is required when changing one. Ordering: choices in their correct order. Likert: 3–7 scale labels.',
})
export class QuestionInput {
  @Field(() => Int, { nullable: true })
  expectedRev?: number | null;

  @Field(() => QuestionType)
  type!: QuestionType;

  @Field(() => String, { nullable: true })
  category?: string | null;

  @Field(() => [TranslationInput], { description: 'HTML; sanitised against the allow-list on save.' })
  prompt!: TranslationInput[];

  @Field(() => [ChoiceInput], { nullable: true })
  choices?: ChoiceInput[] | null;

  @Field(() => Boolean, { nullable: true, description: 'True/false: whether the statement is true.' })
  trueFalseAnswer?: boolean | null;

  @Field(() => [TranslationInput], { nullable: true, description: 'Short answer: several per language.' })
  acceptedAnswers?: TranslationInput[] | null;

  @Field(() => Boolean, { nullable: true })
  caseSensitive?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  diacriticSensitive?: boolean | null;

  @Field(() => PartialCreditRule, { nullable: true, description: 'Multiple choice only.' })
  partialCredit?: PartialCreditRule | null;

  @Field(() => QuestionFeedbackInput, { nullable: true })
  feedback?: QuestionFeedbackInput | null;

  @Field(() => Int, { nullable: true, description: 'Default 1; Likert is always 0.' })
  points?: number | null;
}
