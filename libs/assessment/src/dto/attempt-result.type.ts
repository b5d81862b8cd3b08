import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { KnowledgeGainType } from '@parity/learning';
import { QuestionReviewType } from './question-review.type';

@ObjectType('AttemptResult', {
  description: 'The grade of a submitted attempt (never present before submission).',
})
export class AttemptResultType {
  @Field(() => Float, { nullable: true, description: 'Percent; null for a survey.' })
  score!: number | null;

  @Field(() => Float)
  points!: number;

  @Field(() => Float)
  maxPoints!: number;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Null for a survey or a quiz without a passing score.',
  })
  passed!: boolean | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The quiz’s counted score now (highest or last attempt).',
  })
  countedScore!: number | null;

  @Field(() => Int, { nullable: true, description: 'Null: unlimited.' })
  attemptsLeft!: number | null;

  @Field(() => KnowledgeGainType, { nullable: true, description: 'For a pre- or post-test with a partner.' })
  knowledgeGain!: KnowledgeGainType | null;

  @Field(() => [QuestionReviewType], { description: 'Empty while the review policy shows nothing.' })
  review!: QuestionReviewType[];
}
