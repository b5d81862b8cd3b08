import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType('ReminderRuleInput')
export class ReminderRuleInput {
  @Field(() => ID)
  institutionId!: string;

  @Field(() => ID, { nullable: true, description: 'A course of the institution; null: institution-wide.' })
  courseId?: string | null;

  @Field(() => String)
  kind!: string;

  @Field(() => [Int], { description: '1 to 5 values, each 1..365.' })
  offsets!: number[];

  @Field(() => Boolean)
  enabled!: boolean;
}
