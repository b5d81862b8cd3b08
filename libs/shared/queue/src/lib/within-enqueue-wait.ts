/**
 * How long a request waits for Redis after its commit. With the api's connection (no retry limit, offline queue) an
 * add never settles while Redis is down: past this the job is left to the sweep, the request goes on.
 */
export const ENQUEUE_WAIT_MS = 1_500;

/** `work`, or a rejection after `ms` (the timer is cleared, and never keeps the process alive). */
export async function withinEnqueueWait<T>(work: Promise<T>, ms = ENQUEUE_WAIT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms);
    timer.unref();
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
