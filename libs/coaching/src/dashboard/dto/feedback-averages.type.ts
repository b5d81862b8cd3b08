import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('FeedbackAverages', {
  description:
    'Session feedback averages (1–5); null while fewer than 3 responses, so no one is singled out.',
})
export class FeedbackAveragesType {
  @Field(() => Int)
  responses!: number;

  @Field(() => Float, { nullable: true })
  usefulness!: number | null;

  @Field(() => Float, { nullable: true })
  relevance!: number | null;

  @Field(() => Float, { nullable: true })
  confidence!: number | null;
}
