/**
 * Answers saved up to this long after the deadline still count (the last autosave may be on its way); the server
 * closes the attempt once it has passed.
 */
export const DEADLINE_GRACE_MS = 5_000;

/**
 * An open attempt the server may close: its deadline and the grace have passed (until then answers are still taken,
 * as in QuizAttempt.isClosed).
 */
export function isOverdue(deadlineAt: Date | null, now: Date): boolean {
  return deadlineAt !== null && now.getTime() > deadlineAt.getTime() + DEADLINE_GRACE_MS;
}
