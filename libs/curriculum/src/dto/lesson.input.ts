import { Field, InputType, Int } from '@nestjs/graphql';
import { TranslationInput } from './translation.input';

@InputType({ description: 'A lesson’s content; expectedRev is required when changing an existing lesson.' })
export class LessonInput {
  @Field(() => Int, { nullable: true })
  expectedRev?: number | null;

  @Field(() => [TranslationInput], { nullable: true })
  title?: TranslationInput[] | null;

  @Field(() => [TranslationInput], {
    nullable: true,
    description: 'HTML; sanitised against the allow-list on save.',
  })
  body?: TranslationInput[] | null;

  @Field(() => String, { nullable: true, description: 'An https:// address of a video.' })
  videoUrl?: string | null;

  @Field(() => Int, { nullable: true })
  estimatedMinutes?: number | null;
}
