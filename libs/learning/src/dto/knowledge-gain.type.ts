import { Field, Float, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('KnowledgeGain', { description: 'A pre/post-test pair: both counted scores and the difference.' })
export class KnowledgeGainType {
  @Field(() => ID)
  preQuizId!: string;

  @Field(() => ID)
  postQuizId!: string;

  @Field(() => Float, { nullable: true })
  preScore!: number | null;

  @Field(() => Float, { nullable: true })
  postScore!: number | null;

  @Field(() => Float, { nullable: true, description: 'Post minus pre, in percentage points (both needed).' })
  gain!: number | null;
}
