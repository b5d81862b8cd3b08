import { Field, InputType } from '@nestjs/graphql';

@InputType('TranslationInput')
export class TranslationInput {
  @Field(() => String)
  locale!: string;

  @Field(() => String)
  text!: string;
}
