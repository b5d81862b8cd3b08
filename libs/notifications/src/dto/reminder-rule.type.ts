import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ReminderRule', {
  description:
    'When a kind of reminder fires for an institution (or one of its courses); defaults when not set.',
})
export class ReminderRuleType {
  @Field(() => String)
  kind!: string;

  @Field(() => ID, { nullable: true, description: 'Null: the institution-wide rule.' })
  courseId!: string | null;

  @Field(() => [Int], {
    description: 'Days before the due date / expiry, after assignment, or idle; hours for coaching sessions.',
  })
  offsets!: number[];

  @Field(() => Boolean)
  enabled!: boolean;

  @Field(() => Boolean, { description: 'True when this is Parity’s default (nothing saved).' })
  isDefault!: boolean;
}
