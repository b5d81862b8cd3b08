import type { Provider } from '@nestjs/common';
import { CoachingSessionResolver } from './coaching-session.resolver';
import { EngagementSessionsResolver } from './engagement-sessions.resolver';
import { OpenSessionsCloser } from './open-sessions-closer.service';
import { SessionBooking } from './session-booking.service';
import { SessionInvitations } from './session-invitations.service';
import { SessionPlanning } from './session-planning.service';
import { SessionReader } from './session-reader.service';

/** Sessions: proposing, booking, rescheduling, cancelling, outcomes, invitations. */
export const SESSION_PROVIDERS: Provider[] = [
  SessionReader,
  SessionInvitations,
  SessionPlanning,
  SessionBooking,
  OpenSessionsCloser,
  CoachingSessionResolver,
  EngagementSessionsResolver,
];
