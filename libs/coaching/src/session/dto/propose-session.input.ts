import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType('ProposeSessionInput', {
  description: 'One to five future times, a duration of 15–240 minutes, a zone, and a place or a link.',
})
export class ProposeSessionInput {
  @Field(() => ID)
  engagementId!: string;

  @Field(() => [Date])
  proposedTimes!: Date[];

  @Field(() => Int)
  durationMinutes!: number;

  @Field(() => String)
  timeZone!: string;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @Field(() => String, { nullable: true })
  onlineUrl?: string | null;

  @Field(() => String, { nullable: true })
  agenda?: string | null;
}
