import { Field, InputType, Int } from '@nestjs/graphql';
import { TranslationInput } from './translation.input';

@InputType()
export class VersionTextInput {
  @Field(() => Int)
  expectedRev!: number;

  @Field(() => [TranslationInput], { nullable: true })
  title?: TranslationInput[] | null;

  @Field(() => [TranslationInput], { nullable: true })
  summary?: TranslationInput[] | null;
}
