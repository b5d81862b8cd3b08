import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { EngagementState } from '../../graphql/enums';
import { PersonRefType } from '../../graphql/person-ref.type';

@ObjectType('EngagementSummary', {
  description:
    'An engagement as managers and the pair see it in lists: people, state and counts — no agenda, action or note.',
})
export class EngagementSummaryType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  programmeId!: string;

  @Field(() => String)
  programmeName!: string;

  @Field(() => PersonRefType)
  coach!: PersonRefType;

  @Field(() => PersonRefType)
  coachee!: PersonRefType;

  @Field(() => EngagementState)
  state!: EngagementState;

  @Field(() => Int)
  plannedSessions!: number;

  @Field(() => Int)
  sessionsHeld!: number;

  @Field(() => Int)
  actionItemsOpen!: number;

  @Field(() => Int)
  actionItemsDone!: number;

  @Field(() => Date, { nullable: true })
  nextSessionAt!: Date | null;

  @Field(() => String, { nullable: true })
  startsOn!: string | null;

  @Field(() => String, { nullable: true })
  endsOn!: string | null;

  @Field(() => Date, { nullable: true })
  coachAcceptedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  coacheeConfirmedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  coachCompletedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  completedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The caller’s part: "coach", "coachee", or null.' })
  myRole!: string | null;
}
