import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('QuizItem', {
  description: 'A fixed question (questionId) or a random draw (bankId, category, count).',
})
export class QuizItemType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => ID, { nullable: true })
  questionId!: string | null;

  @Field(() => ID)
  bankId!: string;

  @Field(() => String, { nullable: true })
  category!: string | null;

  @Field(() => Int, { nullable: true })
  count!: number | null;
}
