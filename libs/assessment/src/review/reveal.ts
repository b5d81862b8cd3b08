import { RevealPolicy } from '@parity/curriculum';

/** Where the learner stands in the quiz when a submitted attempt is read. */
export interface RevealStanding {
  /** The quiz counts as passed (its outcome). */
  passed: boolean;
  /** Attempts left (null: unlimited). */
  attemptsLeft: number | null;
  /** No more attempts can start (the enrolment is no longer active). */
  closed: boolean;
  /** An attempt of this quiz is in progress in this enrolment: nothing is revealed, of any attempt, until it ends. */
  openAttempt: boolean;
}

/**
 * Whether a policy shows feedback (or the correct answers) of a submitted attempt now. "After the last attempt" needs
 * a limit: with unlimited attempts it shows nothing until the enrolment closes. Never while an attempt of the quiz is
 * open: an earlier attempt's review would answer the questions being answered now.
 */
export function reveals(policy: RevealPolicy, standing: RevealStanding): boolean {
  if (standing.openAttempt) return false;
  switch (policy) {
    case RevealPolicy.NEVER:
      return false;
    case RevealPolicy.AFTER_EACH_ATTEMPT:
      return true;
    case RevealPolicy.AFTER_PASSING:
      return standing.passed;
    case RevealPolicy.AFTER_LAST_ATTEMPT:
      return standing.closed || standing.attemptsLeft === 0;
    default: {
      const unknown: never = policy;
      throw new Error(`Unknown reveal policy ${String(unknown)}`);
    }
  }
}
