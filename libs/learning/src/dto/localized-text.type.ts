import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('LocalizedText', {
  description:
    'A text resolved to one language for the reader: their locale, else the fallback chain. Set lang={locale} when it differs from the page.',
})
export class LocalizedText {
  @Field(() => String)
  text!: string;

  @Field(() => String, { description: 'The language the text is in (may differ from the one asked for).' })
  locale!: string;

  @Field(() => Boolean, {
    description: 'Produced by Serbian Latin ↔ Cyrillic transliteration, not written by a person.',
  })
  transliterated!: boolean;
}
