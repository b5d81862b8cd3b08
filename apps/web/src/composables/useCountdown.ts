import { computed, getCurrentScope, onScopeDispose, ref, watch, type Ref } from 'vue';

/** Minutes left at which the quiz player announces the time (5 and 1 minutes). */
export const ANNOUNCE_AT_SECONDS: readonly number[] = [300, 60];

/** Whole seconds until the deadline (never negative), measured on the server's clock. */
export function remainingSeconds(deadlineAt: string, clientNowMs: number, serverOffsetMs: number): number {
  const deadline = Date.parse(deadlineAt);
  if (Number.isNaN(deadline)) return 0;
  return Math.max(0, Math.ceil((deadline - (clientNowMs + serverOffsetMs)) / 1000));
}

/**
 * The announcement threshold crossed between two readings, if any (the smallest one crossed: after a sleeping
 * laptop wakes with 30 s left, "1 minute" is said, not "5 minutes").
 */
export function crossedThreshold(
  before: number | null,
  now: number,
  thresholds: readonly number[] = ANNOUNCE_AT_SECONDS,
): number | undefined {
  if (before === null) return undefined;
  const crossed = thresholds.filter((limit) => before > limit && now <= limit);
  return crossed.length > 0 ? Math.min(...crossed) : undefined;
}

/** "4:05", "1:02:09": the time left as a clock. */
export function formatClock(seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/**
 * Counts down to a server deadline. `serverOffsetMs` is the server clock minus this device's (see useServerClock):
 * the server decides when time is up; this only shows it. `onThreshold` fires once per threshold crossed.
 */
export function useCountdown(
  deadlineAt: Ref<string | null>,
  serverOffsetMs: Ref<number>,
  handlers: {
    onThreshold?: (seconds: number) => void;
    onExpired?: () => void;
    startedAt?: Ref<string | null>;
  } = {},
) {
  const remaining = ref<number | null>(null);
  let timer: ReturnType<typeof setInterval> | undefined;

  function tick(): void {
    if (!deadlineAt.value) {
      remaining.value = null;
      return;
    }
    const before = remaining.value;
    // Never more than the whole time allowed (an offset measured in whole seconds may overshoot by one).
    const allowed = handlers.startedAt?.value
      ? remainingSeconds(deadlineAt.value, Date.parse(handlers.startedAt.value), 0)
      : Number.POSITIVE_INFINITY;
    const now = Math.min(allowed, remainingSeconds(deadlineAt.value, Date.now(), serverOffsetMs.value));
    remaining.value = now;
    const crossed = crossedThreshold(before, now);
    if (crossed !== undefined) handlers.onThreshold?.(crossed);
    if (now === 0 && before !== 0) {
      stop();
      handlers.onExpired?.();
    }
  }

  function stop(): void {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
  }

  watch(
    [deadlineAt, serverOffsetMs],
    () => {
      stop();
      remaining.value = null;
      if (!deadlineAt.value) return;
      tick();
      if (remaining.value !== 0) timer = setInterval(tick, 1000);
    },
    { immediate: true },
  );
  if (getCurrentScope()) onScopeDispose(stop);

  return {
    remaining,
    clock: computed(() => (remaining.value === null ? '' : formatClock(remaining.value))),
    stop,
  };
}
