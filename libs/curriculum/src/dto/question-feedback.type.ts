import { Field, ObjectType } from '@nestjs/graphql';
import { TranslationType } from './translation.type';

@ObjectType('QuestionFeedback')
export class QuestionFeedbackType {
  @Field(() => [TranslationType])
  general!: TranslationType[];

  @Field(() => [TranslationType])
  correct!: TranslationType[];

  @Field(() => [TranslationType])
  incorrect!: TranslationType[];
}
