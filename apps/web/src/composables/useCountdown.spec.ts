import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { effectScope, nextTick, ref } from 'vue';
import { crossedThreshold, formatClock, remainingSeconds, useCountdown } from './useCountdown';
import { offsetFromDateHeader } from './useServerClock';

describe('quiz timer', () => {
  beforeEach(() => vi.useFakeTimers({ now: Date.parse('2026-11-23T10:00:00Z') }));
  afterEach(() => vi.useRealTimers());

  it('counts the seconds left on the server clock, not the device clock', () => {
    const now = Date.parse('2026-11-23T10:00:00Z');
    expect(remainingSeconds('2026-11-23T10:10:00Z', now, 0)).toBe(600);
    // The device is two minutes slow: the server is already at 10:02.
    expect(remainingSeconds('2026-11-23T10:10:00Z', now, 120_000)).toBe(480);
    expect(remainingSeconds('2026-11-23T09:59:00Z', now, 0)).toBe(0);
  });

  it('estimates the server clock offset from the Date header and the round trip', () => {
    const sent = Date.parse('2026-11-23T10:00:00Z');
    expect(offsetFromDateHeader('Mon, 23 Nov 2026 10:02:00 GMT', sent, sent + 1000)).toBe(120_000);
    expect(offsetFromDateHeader(null, sent, sent)).toBe(0);
  });

  it('announces 5 and 1 minutes left once each, the smallest threshold after a jump', () => {
    expect(crossedThreshold(301, 300)).toBe(300);
    expect(crossedThreshold(300, 299)).toBeUndefined();
    expect(crossedThreshold(61, 60)).toBe(60);
    expect(crossedThreshold(400, 30)).toBe(60);
    expect(crossedThreshold(null, 30)).toBeUndefined();
  });

  it('formats the time left as a clock', () => {
    expect(formatClock(245)).toBe('4:05');
    expect(formatClock(3729)).toBe('1:02:09');
    expect(formatClock(0)).toBe('0:00');
  });

  it('ticks every second, announces thresholds and tells when time is up', async () => {
    const scope = effectScope();
    const onThreshold = vi.fn();
    const onExpired = vi.fn();
    const countdown = scope.run(() =>
      useCountdown(ref('2026-11-23T10:05:02Z'), ref(0), { onThreshold, onExpired }),
    )!;
    await nextTick();
    expect(countdown.clock.value).toBe('5:02');
    await vi.advanceTimersByTimeAsync(2000);
    expect(onThreshold).toHaveBeenCalledWith(300);
    await vi.advanceTimersByTimeAsync(240_000);
    expect(onThreshold).toHaveBeenLastCalledWith(60);
    expect(onThreshold).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(countdown.remaining.value).toBe(0);
    expect(onExpired).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(5000);
    expect(onExpired).toHaveBeenCalledTimes(1);
    scope.stop();
  });
});

describe('quiz timer bounds', () => {
  beforeEach(() => vi.useFakeTimers({ now: Date.parse('2026-11-23T10:00:00Z') }));
  afterEach(() => vi.useRealTimers());

  it('never shows more than the time the attempt allows', async () => {
    const scope = effectScope();
    const countdown = scope.run(() =>
      useCountdown(ref('2026-11-23T10:15:00Z'), ref(-1500), { startedAt: ref('2026-11-23T10:00:00Z') }),
    )!;
    await nextTick();
    expect(countdown.clock.value).toBe('15:00');
    scope.stop();
  });
});
