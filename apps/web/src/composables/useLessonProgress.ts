import { getCurrentScope, onScopeDispose, ref } from 'vue';
import type { LessonProgressInput } from '../graphql/learn.generated';
import { ApiError, NETWORK_ERROR } from './useGraphql';

/** How often the time spent in a lesson is reported while it is open. */
export const REPORT_EVERY_MS = 30_000;
/** The most one visit may count (the server caps it too). */
export const MAX_VISIT_SECONDS = 14_400;

export interface ProgressReporterOptions {
  enrolmentId: string;
  lessonId: string;
  send: (input: LessonProgressInput) => Promise<unknown>;
  /** A new id per opening of the lesson: the server keeps the highest total per visit, so resending is harmless. */
  visitId?: string;
  now?: () => number;
  retryDelays?: readonly number[];
  onCompleted?: () => void;
  onStateChange?: (state: ProgressState) => void;
}

/** idle: nothing waiting · sending · retrying: the network failed, it tries again (nothing is lost meanwhile). */
export type ProgressState = 'idle' | 'sending' | 'retrying';

/**
 * Reports the time a learner spends in one lesson: a running total of visible seconds for this visit, every 30 s,
 * when the page is hidden and when the lesson is left, plus "completed" once asked. Failed reports are retried
 * (with backoff): the running total and the completion are idempotent on the server, so a retry never counts twice.
 */
export function createProgressReporter(options: ProgressReporterOptions) {
  const now = options.now ?? (() => Date.now());
  const delays = options.retryDelays ?? [2000, 5000, 15000, 30000];
  const visitId = options.visitId ?? crypto.randomUUID();
  let visibleMs = 0;
  let visibleSince: number | null = null;
  let wantCompleted = false;
  let completedConfirmed = false;
  let lastSentSeconds = -1;
  let running: Promise<void> | undefined;
  let again = false;
  let failures = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  function seconds(): number {
    const total = visibleMs + (visibleSince === null ? 0 : now() - visibleSince);
    return Math.min(MAX_VISIT_SECONDS, Math.floor(total / 1000));
  }

  function setState(state: ProgressState): void {
    options.onStateChange?.(state);
  }

  async function sendOnce(): Promise<void> {
    const total = seconds();
    const completing = wantCompleted && !completedConfirmed;
    if (total === lastSentSeconds && !completing) return;
    const input: LessonProgressInput = {
      enrolmentId: options.enrolmentId,
      lessonId: options.lessonId,
      visitId,
      seconds: total,
    };
    if (completing) input.completed = true;
    setState('sending');
    await options.send(input);
    lastSentSeconds = total;
    if (completing) {
      completedConfirmed = true;
      options.onCompleted?.();
    }
  }

  async function run(): Promise<void> {
    do {
      again = false;
      try {
        await sendOnce();
        failures = 0;
      } catch (caught) {
        const code = caught instanceof ApiError ? caught.code : NETWORK_ERROR;
        // Only a failure that may pass is retried (the network, the server restarting, a rate limit).
        if (code !== NETWORK_ERROR && code !== 'INTERNAL' && code !== 'RATE_LIMITED') {
          setState('idle');
          throw caught;
        }
        failures += 1;
        setState('retrying');
        if (retryTimer !== undefined) clearTimeout(retryTimer);
        retryTimer = setTimeout(
          () => void report().catch(() => undefined),
          delays[Math.min(failures - 1, delays.length - 1)] ?? 30000,
        );
        return;
      }
    } while (again);
    setState('idle');
  }

  /** Sends the running total now (if it changed, or a completion is waiting); one request at a time. */
  function report(): Promise<void> {
    if (retryTimer !== undefined) clearTimeout(retryTimer);
    retryTimer = undefined;
    if (running) {
      again = true;
      return running;
    }
    running = run().finally(() => (running = undefined));
    return running;
  }

  return {
    visitId,
    seconds,
    /** The page became visible (or the lesson opened): the clock runs. */
    resume(): void {
      if (visibleSince === null && !stopped) visibleSince = now();
    },
    /** The page was hidden: the clock stops and the total so far is sent. */
    pause(): Promise<void> {
      if (visibleSince !== null) visibleMs += now() - visibleSince;
      visibleSince = null;
      return report();
    },
    report,
    /** "Mark as complete": resolves once the server has it, or after it failed for good (then it rejects). */
    complete(): Promise<void> {
      wantCompleted = true;
      return report();
    },
    isCompleted: () => completedConfirmed,
    /** The lesson is left: a last report; retries go on in the background until they succeed. */
    stop(): Promise<void> {
      const last = this.pause();
      stopped = true;
      return last;
    },
  };
}

/**
 * The reporter bound to the page: runs while the page is visible, reports every 30 s and when the page is hidden
 * (visibilitychange: switching app, locking the phone), and a last time when the lesson is left.
 */
export function useLessonProgress(options: ProgressReporterOptions) {
  const state = ref<ProgressState>('idle');
  const reporter = createProgressReporter({ ...options, onStateChange: (next) => (state.value = next) });
  if (document.visibilityState !== 'hidden') reporter.resume();
  const interval = setInterval(() => void reporter.report().catch(() => undefined), REPORT_EVERY_MS);
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') void reporter.pause().catch(() => undefined);
    else reporter.resume();
  };
  document.addEventListener('visibilitychange', onVisibility);
  const stop = () => {
    clearInterval(interval);
    document.removeEventListener('visibilitychange', onVisibility);
    void reporter.stop().catch(() => undefined);
  };
  if (getCurrentScope()) onScopeDispose(stop);
  return { reporter, state, stop };
}
