import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SessionState } from '../../graphql/enums';
import { PersonRefType } from '../../graphql/person-ref.type';
import { SessionChangeType } from './session-change.type';

@ObjectType('CoachingSession', {
  description:
    'A session of an engagement, as its coach and coachee see it (no one else does): offered times or the booked time, place or link, agenda and history.',
})
export class CoachingSessionType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  engagementId!: string;

  @Field(() => SessionState)
  state!: SessionState;

  @Field(() => [Date], { description: 'The times the coach offered (the coachee accepts one).' })
  proposedTimes!: Date[];

  @Field(() => Date, { nullable: true })
  startsAt!: Date | null;

  @Field(() => Date, { nullable: true })
  endsAt!: Date | null;

  @Field(() => Int)
  durationMinutes!: number;

  @Field(() => String, { description: 'The IANA zone the coach planned in (e.g. Europe/Podgorica).' })
  timeZone!: string;

  @Field(() => String, { nullable: true })
  location!: string | null;

  @Field(() => String, { nullable: true })
  onlineUrl!: string | null;

  @Field(() => String, { nullable: true })
  agenda!: string | null;

  @Field(() => Int, {
    description: 'The calendar invitation’s SEQUENCE: raised on every reschedule and on cancellation.',
  })
  sequence!: number;

  @Field(() => String, { nullable: true })
  cancelReason!: string | null;

  @Field(() => [SessionChangeType], {
    description: 'Bookings, reschedules, cancellation and outcome, oldest first.',
  })
  history!: SessionChangeType[];

  @Field(() => Boolean, { description: 'Whether the coachee has given feedback on this session.' })
  feedbackGiven!: boolean;

  @Field(() => PersonRefType)
  coach!: PersonRefType;

  @Field(() => PersonRefType)
  coachee!: PersonRefType;
}
