import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('QueueCounts', { description: 'Jobs in one BullMQ queue, by state (platform admins).' })
export class QueueCountsType {
  @Field(() => String)
  queue!: string;

  @Field(() => Int)
  waiting!: number;

  @Field(() => Int)
  active!: number;

  @Field(() => Int)
  delayed!: number;

  @Field(() => Int)
  failed!: number;

  @Field(() => Int)
  completed!: number;
}
