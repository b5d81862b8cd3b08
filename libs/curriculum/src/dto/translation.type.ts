import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('Translation', { description: 'A text in one language.' })
export class TranslationType {
  @Field(() => String)
  locale!: string;

  @Field(() => String)
  text!: string;
}
