import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('MonthCount')
export class MonthCountType {
  @Field(() => String, { description: 'YYYY-MM (UTC)' })
  month!: string;

  @Field(() => Int)
  count!: number;
}
