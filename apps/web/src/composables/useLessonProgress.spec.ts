import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import type { LessonProgressInput } from '../graphql/learn.generated';
import { ApiError } from './useGraphql';
import { createProgressReporter, useLessonProgress } from './useLessonProgress';

const base = { enrolmentId: 'e1', lessonId: 'l1', visitId: 'visit-1' };

describe('lesson progress reporter', () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  it('sends the running total of visible seconds of this visit, and nothing when it did not change', async () => {
    const send = vi.fn(async (_input: LessonProgressInput) => undefined);
    const reporter = createProgressReporter({ ...base, send });
    reporter.resume();
    vi.advanceTimersByTime(12_400);
    await reporter.report();
    expect(send).toHaveBeenLastCalledWith({ ...base, seconds: 12 });
    await reporter.report();
    expect(send).toHaveBeenCalledTimes(1);
    // Hidden time does not count.
    await reporter.pause();
    vi.advanceTimersByTime(60_000);
    reporter.resume();
    vi.advanceTimersByTime(3_000);
    await reporter.report();
    expect(send).toHaveBeenLastCalledWith({ ...base, seconds: 15 });
  });

  it('retries after a network failure with the same visit id and a growing total (safe: the server keeps the max)', async () => {
    let up = false;
    const send = vi.fn(async (_input: LessonProgressInput) => {
      if (!up) throw new ApiError('NETWORK');
    });
    const states: string[] = [];
    const reporter = createProgressReporter({
      ...base,
      send,
      retryDelays: [1000],
      onStateChange: (state) => states.push(state),
    });
    reporter.resume();
    vi.advanceTimersByTime(5000);
    await reporter.complete();
    expect(states.at(-1)).toBe('retrying');
    expect(reporter.isCompleted()).toBe(false);
    up = true;
    await vi.advanceTimersByTimeAsync(1000);
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls.map(([input]) => input)).toEqual([
      { ...base, seconds: 5, completed: true },
      { ...base, seconds: 6, completed: true },
    ]);
    expect(reporter.isCompleted()).toBe(true);
    expect(states.at(-1)).toBe('idle');
  });

  it('does not retry a refusal (e.g. the enrolment is no longer active)', async () => {
    const send = vi.fn(async () => {
      throw new ApiError('ENROLMENT_NOT_ACTIVE');
    });
    const reporter = createProgressReporter({ ...base, send, retryDelays: [1000] });
    reporter.resume();
    vi.advanceTimersByTime(2000);
    await expect(reporter.complete()).rejects.toMatchObject({ code: 'ENROLMENT_NOT_ACTIVE' });
    await vi.advanceTimersByTimeAsync(5000);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('reports every 30 s, when the page is hidden, and when the lesson is left', async () => {
    const send = vi.fn(async (_input: LessonProgressInput) => undefined);
    const scope = effectScope();
    scope.run(() => useLessonProgress({ ...base, send }));
    await vi.advanceTimersByTimeAsync(30_000);
    expect(send).toHaveBeenLastCalledWith({ ...base, seconds: 30 });

    await vi.advanceTimersByTimeAsync(4_000);
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenLastCalledWith({ ...base, seconds: 34 });

    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(2_000);
    scope.stop();
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenLastCalledWith({ ...base, seconds: 36 });
    expect(send).toHaveBeenCalledTimes(3);
  });
});
