import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType({
  description: 'A fixed question (questionId) or a random draw (bankId, optional category, count).',
})
export class QuizItemInput {
  @Field(() => ID, { nullable: true })
  questionId?: string | null;

  @Field(() => ID, { nullable: true })
  bankId?: string | null;

  @Field(() => String, { nullable: true })
  category?: string | null;

  @Field(() => Int, { nullable: true })
  count?: number | null;
}
