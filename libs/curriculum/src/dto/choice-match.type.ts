import { Field, ObjectType } from '@nestjs/graphql';
import { TranslationType } from './translation.type';

@ObjectType('ChoiceMatch', { description: 'The right-hand text a matching question pairs with a choice.' })
export class ChoiceMatchType {
  @Field(() => String)
  choiceId!: string;

  @Field(() => [TranslationType])
  match!: TranslationType[];
}
