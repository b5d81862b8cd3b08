import { Field, InputType } from '@nestjs/graphql';
import { TranslationInput } from './translation.input';

@InputType()
export class ChoiceInput {
  @Field(() => String, {
    nullable: true,
    description: 'Keep the id of an existing choice; new ones get one.',
  })
  id?: string | null;

  @Field(() => [TranslationInput], { nullable: true })
  text?: TranslationInput[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Single and multiple choice.' })
  correct?: boolean | null;

  @Field(() => [TranslationInput], { nullable: true, description: 'Matching: the right-hand text.' })
  match?: TranslationInput[] | null;
}
