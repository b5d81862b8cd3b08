/**
 * Answers saved up to this long after the deadline still count (the last autosave may be on its way); the server
 * closes the attempt once it has passed.
 */
export const DEADLINE_GRACE_MS = 5_000;

/** An open attempt the server may close: its deadline (not the grace) has passed. */
export function isOverdue(deadlineAt: Date | null, now: Date): boolean {
  return deadlineAt !== null && now.getTime() >= deadlineAt.getTime();
}
