export interface WaitForOptions {
  /** How long to keep checking before failing. */
  timeoutMs?: number;
  /** How long to pause between two checks. */
  intervalMs?: number;
}

/**
 * Calls `check` until it returns something other than `undefined` and returns that value, or fails after `timeoutMs`.
 * For what a worker does in the background (a job relayed, an e-mail sent, an attempt closed).
 */
export async function waitFor<T>(
  check: () => Promise<T | undefined>,
  { timeoutMs = 10_000, intervalMs = 50 }: WaitForOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
