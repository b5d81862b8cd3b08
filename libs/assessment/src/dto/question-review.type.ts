import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalizedText } from '@parity/learning';
import { CorrectAnswerType } from './correct-answer.type';

@ObjectType('QuestionReview', {
  description: 'One question of a submitted attempt, as the review policy allows.',
})
export class QuestionReviewType {
  @Field(() => ID)
  key!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => Float)
  earnedPoints!: number;

  @Field(() => Float)
  maxPoints!: number;

  @Field(() => Boolean, { nullable: true, description: 'Null for an ungraded (Likert) question.' })
  correct!: boolean | null;

  @Field(() => LocalizedText, { nullable: true, description: 'Per the quiz’s feedback policy.' })
  feedback!: LocalizedText | null;

  @Field(() => CorrectAnswerType, { nullable: true, description: 'Per the quiz’s answers policy.' })
  correctAnswer!: CorrectAnswerType | null;
}
