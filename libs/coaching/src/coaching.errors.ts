import type { ErrorKind } from '@parity/shared/errors';
import { DomainError } from '@parity/shared/errors';

/** Error codes of the coaching domain (extensions.code). Each one has a kind below; the API maps them all. */
export enum CoachingErrorCode {
  /** The coach already has a session booked that overlaps this time. */
  COACH_DOUBLE_BOOKED = 'COACH_DOUBLE_BOOKED',
  /** The engagement is not in a state that allows this (e.g. scheduling on a completed engagement). */
  ENGAGEMENT_STATE_CONFLICT = 'ENGAGEMENT_STATE_CONFLICT',
  /** The coachee already has an open (proposed or active) engagement in this programme. */
  ENGAGEMENT_ALREADY_OPEN = 'ENGAGEMENT_ALREADY_OPEN',
  /** The session is not in a state that allows this (e.g. accepting a time of a cancelled session). */
  SESSION_STATE_CONFLICT = 'SESSION_STATE_CONFLICT',
  /** Fewer sessions were held than the engagement requires to be completed. */
  NOT_ENOUGH_SESSIONS = 'NOT_ENOUGH_SESSIONS',
  /** The coach takes no more engagements (their load limit is reached, or they are not accepting). */
  COACH_UNAVAILABLE = 'COACH_UNAVAILABLE',
  /** Feedback for this session was given already. */
  FEEDBACK_ALREADY_GIVEN = 'FEEDBACK_ALREADY_GIVEN',
  /** The programme takes no applications: its managers propose coachees. */
  SELF_SIGN_UP_CLOSED = 'SELF_SIGN_UP_CLOSED',
  /** A note's body does not open for its row as stored (tampered, or a key no longer configured): never served. */
  NOTE_UNREADABLE = 'NOTE_UNREADABLE',
}

export const COACHING_ERROR_KINDS: Record<CoachingErrorCode, ErrorKind> = {
  [CoachingErrorCode.COACH_DOUBLE_BOOKED]: 'conflict',
  [CoachingErrorCode.ENGAGEMENT_STATE_CONFLICT]: 'conflict',
  [CoachingErrorCode.ENGAGEMENT_ALREADY_OPEN]: 'conflict',
  [CoachingErrorCode.SESSION_STATE_CONFLICT]: 'conflict',
  [CoachingErrorCode.NOT_ENOUGH_SESSIONS]: 'conflict',
  [CoachingErrorCode.COACH_UNAVAILABLE]: 'conflict',
  [CoachingErrorCode.FEEDBACK_ALREADY_GIVEN]: 'conflict',
  [CoachingErrorCode.SELF_SIGN_UP_CLOSED]: 'conflict',
  [CoachingErrorCode.NOTE_UNREADABLE]: 'server',
};

export const coachDoubleBooked = (): DomainError =>
  new DomainError(
    CoachingErrorCode.COACH_DOUBLE_BOOKED,
    'The coach already has a session at this time. Choose another time.',
  );

export const engagementStateConflict = (state: string): DomainError =>
  new DomainError(
    CoachingErrorCode.ENGAGEMENT_STATE_CONFLICT,
    `This cannot be done while the engagement is ${state}.`,
  );

export const engagementAlreadyOpen = (): DomainError =>
  new DomainError(
    CoachingErrorCode.ENGAGEMENT_ALREADY_OPEN,
    'This person already has an open engagement in this programme.',
  );

export const sessionStateConflict = (state: string): DomainError =>
  new DomainError(
    CoachingErrorCode.SESSION_STATE_CONFLICT,
    `This cannot be done while the session is ${state}.`,
  );

export const notEnoughSessions = (held: number, required: number): DomainError =>
  new DomainError(
    CoachingErrorCode.NOT_ENOUGH_SESSIONS,
    `${held} of ${required} sessions were held: hold the rest before completing the engagement.`,
  );

export const coachUnavailable = (): DomainError =>
  new DomainError(CoachingErrorCode.COACH_UNAVAILABLE, 'This coach takes no more engagements at the moment.');

export const feedbackAlreadyGiven = (): DomainError =>
  new DomainError(CoachingErrorCode.FEEDBACK_ALREADY_GIVEN, 'Feedback for this session was given already.');

export const selfSignUpClosed = (): DomainError =>
  new DomainError(
    CoachingErrorCode.SELF_SIGN_UP_CLOSED,
    'This programme takes no applications: its managers propose coachees.',
  );
