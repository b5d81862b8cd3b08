import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '@parity/identity';
import { SessionState } from '../graphql/enums';
import { CoachingSessionType } from './dto/coaching-session.type';
import { ProposeSessionInput } from './dto/propose-session.input';
import { SessionBooking } from './session-booking.service';
import { SessionPlanning } from './session-planning.service';
import { SessionReader } from './session-reader.service';

@Resolver(() => CoachingSessionType)
export class CoachingSessionResolver {
  constructor(
    private readonly reader: SessionReader,
    private readonly planning: SessionPlanning,
    private readonly booking: SessionBooking,
  ) {}

  @Query(() => CoachingSessionType, {
    description: 'One session of the caller’s engagement (the pair only).',
  })
  coachingSession(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GqlContext,
  ): Promise<CoachingSessionType> {
    return this.reader.one(ctx.actor, id);
  }

  @Query(() => [CoachingSessionType], {
    description:
      'The caller’s sessions (as coach or coachee) booked in [from, to), or proposed with a time in it; at most 93 days.',
  })
  myCoachingSessions(
    @Args('from', { type: () => Date }) from: Date,
    @Args('to', { type: () => Date }) to: Date,
    @Context() ctx: GqlContext,
  ): Promise<CoachingSessionType[]> {
    return this.reader.mine(ctx.actor, from, to);
  }

  @Mutation(() => CoachingSessionType, {
    description:
      'The coach offers one to five times; the coachee accepts one (ENGAGEMENT_STATE_CONFLICT unless active).',
  })
  proposeCoachingSession(
    @Args('input', { type: () => ProposeSessionInput }) input: ProposeSessionInput,
    @Context() ctx: GqlContext,
  ): Promise<CoachingSessionType> {
    return this.planning.propose(ctx.actor, input);
  }

  @Mutation(() => CoachingSessionType, {
    description:
      'The coachee books one of the offered times; both receive a calendar invitation. COACH_DOUBLE_BOOKED when the coach is taken.',
  })
  acceptCoachingSessionTime(
    @Args('id', { type: () => ID }) id: string,
    @Args('startsAt', { type: () => Date }) startsAt: Date,
    @Context() ctx: GqlContext,
  ): Promise<CoachingSessionType> {
    return this.booking.accept(ctx.actor, id, startsAt);
  }

  @Mutation(() => CoachingSessionType, {
    description:
      'The coach moves a booked session; both receive the updated invitation (same UID, next sequence).',
  })
  rescheduleCoachingSession(
    @Args('id', { type: () => ID }) id: string,
    @Args('startsAt', { type: () => Date }) startsAt: Date,
    @Context() ctx: GqlContext,
  ): Promise<CoachingSessionType> {
    return this.booking.reschedule(ctx.actor, id, startsAt);
  }

  @Mutation(() => CoachingSessionType, {
    description:
      'Either of the pair cancels a proposed or booked session; a booked one’s invitation is cancelled.',
  })
  cancelCoachingSession(
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
    @Context() ctx: GqlContext,
  ): Promise<CoachingSessionType> {
    return this.booking.cancel(ctx.actor, id, reason ?? null);
  }

  @Mutation(() => CoachingSessionType, {
    description: 'After a booked session started, the coach records it as HELD or NO_SHOW.',
  })
  recordCoachingSessionOutcome(
    @Args('id', { type: () => ID }) id: string,
    @Args('outcome', { type: () => SessionState }) outcome: SessionState,
    @Context() ctx: GqlContext,
  ): Promise<CoachingSessionType> {
    return this.planning.recordOutcome(ctx.actor, id, outcome);
  }
}
