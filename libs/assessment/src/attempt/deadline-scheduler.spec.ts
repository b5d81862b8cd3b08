import { Logger } from '@nestjs/common';
import type { JobProducer } from '@parity/shared/queue';
import { DEADLINE_GRACE_MS } from './attempt-timing';
import { DeadlineScheduler } from './deadline-scheduler';
import type { QuizAttempt } from './quiz-attempt.entity';

/** A producer whose add does what Redis-down does with the api's connection: never settles. */
const producer = (add: () => Promise<unknown>) => ({ queue: () => ({ add }) }) as unknown as JobProducer;
const now = new Date('2026-01-01T10:00:00Z');
const attempt = { id: 'attempt-1', deadlineAt: new Date(now.getTime() + 60_000) } as QuizAttempt;

describe('DeadlineScheduler.schedule', () => {
  let warn: jest.SpyInstance;

  beforeEach(() => {
    jest.useFakeTimers();
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    jest.useRealTimers();
    warn.mockRestore();
  });

  it('returns within ~1.5 s when Redis never answers, leaving the attempt to the overdue sweep', async () => {
    const scheduler = new DeadlineScheduler(producer(() => new Promise(() => undefined)));
    let settled = false;
    const scheduled = scheduler.schedule(attempt, now).then(() => (settled = true));
    await jest.advanceTimersByTimeAsync(1_000);
    expect(settled).toBe(false);
    await jest.advanceTimersByTimeAsync(1_000);
    expect(settled).toBe(true);
    await scheduled;
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('the sweep will close it'));
    expect(jest.getTimerCount()).toBe(0);
  });

  it('schedules the close at deadline + grace and clears its timer when Redis answers', async () => {
    const add = jest.fn(() => Promise.resolve({}));
    await new DeadlineScheduler(producer(add)).schedule(attempt, now);
    expect(add).toHaveBeenCalledWith(
      'close-attempt',
      { attemptId: 'attempt-1' },
      expect.objectContaining({ delay: 60_000 + DEADLINE_GRACE_MS }),
    );
    expect(jest.getTimerCount()).toBe(0);
    expect(warn).not.toHaveBeenCalled();
  });
});
