import { Field, InputType, Int } from '@nestjs/graphql';
import { TranslationInput } from './translation.input';

@InputType({ description: 'A module’s texts; expectedRev is required when changing an existing module.' })
export class ModuleInput {
  @Field(() => Int, { nullable: true })
  expectedRev?: number | null;

  @Field(() => [TranslationInput], { nullable: true })
  title?: TranslationInput[] | null;

  @Field(() => [TranslationInput], { nullable: true })
  summary?: TranslationInput[] | null;
}
