import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('LocaleCompleteness', { description: 'How much of a version exists in one language.' })
export class LocaleCompletenessType {
  @Field(() => String)
  locale!: string;

  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  missing!: number;

  @Field(() => Int, {
    description: 'Texts present only as an automatic Serbian transliteration (to review).',
  })
  transliterated!: number;

  @Field(() => Boolean)
  complete!: boolean;
}
