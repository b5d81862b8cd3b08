import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('SessionChange', {
  description: 'One step of a session’s history: scheduled, rescheduled, cancelled, held or no_show.',
})
export class SessionChangeType {
  @Field(() => String)
  kind!: string;

  @Field(() => Date, { nullable: true })
  previousStartsAt!: Date | null;

  @Field(() => Date, { nullable: true })
  startsAt!: Date | null;

  @Field(() => Int)
  sequence!: number;

  @Field(() => Date)
  createdAt!: Date;
}
