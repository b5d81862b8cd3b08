import { Field, ObjectType } from '@nestjs/graphql';
import { TranslationType } from './translation.type';

@ObjectType('QuestionChoice')
export class QuestionChoiceType {
  @Field(() => String, { description: 'Stable across edits.' })
  id!: string;

  @Field(() => [TranslationType])
  text!: TranslationType[];
}
