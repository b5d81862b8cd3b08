/** A due date is in the future and at most ten years ahead (beyond that it is a typo, and PostgreSQL's range ends). */
export const MAX_DUE_AHEAD_MS = 10 * 366 * 24 * 3600 * 1000;

export function isValidDueDate(date: Date, now = Date.now()): boolean {
  const time = date.getTime();
  return !Number.isNaN(time) && time > now && time <= now + MAX_DUE_AHEAD_MS;
}
