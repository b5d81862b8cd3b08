import { AttemptSubmissionModule } from '@parity/assessment';
import { CloseAttemptHandler } from './close-attempt.handler';
import { CloseOverdueAttemptsHandler } from './close-overdue-attempts.handler';

/** Quiz-attempt jobs (deadline close, overdue sweep) and the modules they need; owned by the assessment work. */
export const ATTEMPT_HANDLERS: (new (...args: never[]) => object)[] = [
  CloseAttemptHandler,
  CloseOverdueAttemptsHandler,
];
export const ATTEMPT_JOB_IMPORTS: (new (...args: never[]) => object)[] = [AttemptSubmissionModule];
