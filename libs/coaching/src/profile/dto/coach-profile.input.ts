import { Field, InputType, Int } from '@nestjs/graphql';

@InputType('CoachProfileInput')
export class CoachProfileInput {
  @Field(() => [String], { description: 'Free tags (at most 20, each up to 80 characters).' })
  expertise!: string[];

  @Field(() => [String], { description: 'At least one Parity locale code.' })
  languages!: string[];

  @Field(() => String, { nullable: true })
  availability?: string | null;

  @Field(() => Int, { description: '1 to 50' })
  maxEngagements!: number;

  @Field(() => Boolean)
  accepting!: boolean;
}
