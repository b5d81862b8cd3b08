import { Field, InputType } from '@nestjs/graphql';
import { TranslationInput } from './translation.input';

@InputType()
export class QuestionFeedbackInput {
  @Field(() => [TranslationInput], { nullable: true })
  general?: TranslationInput[] | null;

  @Field(() => [TranslationInput], { nullable: true })
  correct?: TranslationInput[] | null;

  @Field(() => [TranslationInput], { nullable: true })
  incorrect?: TranslationInput[] | null;
}
