import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnswerInput } from '../graphql/learn.generated';
import { createAnswerQueue, type AnswerSaveStatus } from './useAnswerQueue';
import { ApiError } from './useGraphql';

const savedAnswer = (answer: AnswerInput) => ({
  optionIds: answer.optionIds ?? [],
  text: answer.text ?? null,
  pairs: [],
  savedAt: '2026-11-23T10:00:00Z',
});

function setup(save: (key: string, answer: AnswerInput) => Promise<ReturnType<typeof savedAnswer>>) {
  const statuses: AnswerSaveStatus[] = [];
  const onClosed = vi.fn();
  const onSaved = vi.fn();
  const queue = createAnswerQueue({
    save,
    onSaved,
    onClosed,
    retryDelays: [1000, 5000],
    onChange: (status) => {
      if (statuses[statuses.length - 1] !== status) statuses.push(status);
    },
  });
  return { queue, statuses, onClosed, onSaved };
}

describe('answer queue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves an answer and reports unsaved → saving → saved', async () => {
    const save = vi.fn(async (_key: string, answer: AnswerInput) => savedAnswer(answer));
    const { queue, statuses, onSaved } = setup(save);
    await queue.put('q1', { optionIds: ['a'] });
    expect(save).toHaveBeenCalledWith('q1', { optionIds: ['a'] });
    expect(statuses).toEqual(['unsaved', 'saving', 'saved']);
    expect(onSaved).toHaveBeenCalledTimes(1);
    expect(queue.hasUnsaved()).toBe(false);
  });

  it('sends one save at a time and only the latest answer of a question changed meanwhile', async () => {
    let release!: () => void;
    const save = vi.fn(
      (_key: string, answer: AnswerInput) =>
        new Promise<ReturnType<typeof savedAnswer>>(
          (resolve) => (release = () => resolve(savedAnswer(answer))),
        ),
    );
    const { queue } = setup(save);
    const first = queue.put('q1', { text: 'a' });
    void queue.put('q1', { text: 'ab' });
    void queue.put('q1', { text: 'abc' });
    expect(save).toHaveBeenCalledTimes(1);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith('q1', { text: 'abc' });
    release();
    await first;
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.hasUnsaved()).toBe(false);
    expect(queue.status()).toBe('saved');
  });

  it('keeps answers through a network failure and retries them (backoff, then when back online)', async () => {
    let networkUp = false;
    const save = vi.fn(async (_key: string, answer: AnswerInput) => {
      if (!networkUp) throw new ApiError('NETWORK');
      return savedAnswer(answer);
    });
    const { queue, statuses } = setup(save);
    await queue.put('q1', { optionIds: ['a'] });
    expect(queue.status()).toBe('offline');
    await queue.put('q2', { optionIds: ['b'] });
    expect(save).toHaveBeenCalledTimes(1); // offline: no new request until the retry
    expect(queue.isUnsaved('q1') && queue.isUnsaved('q2')).toBe(true);

    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(2); // first retry, still down
    expect(queue.status()).toBe('offline');

    networkUp = true;
    await queue.online();
    expect(save.mock.calls.slice(2).map(([key]) => key)).toEqual(['q1', 'q2']);
    expect(queue.hasUnsaved()).toBe(false);
    expect(statuses).toEqual(['unsaved', 'saving', 'offline', 'saving', 'offline', 'saving', 'saved']);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(save).toHaveBeenCalledTimes(4); // no retry left over
  });

  it('stops and tells when the attempt is closed (submitted or past its deadline)', async () => {
    const save = vi.fn(async () => {
      throw new ApiError('ATTEMPT_CLOSED');
    });
    const { queue, onClosed } = setup(save);
    await queue.put('q1', { optionIds: ['a'] });
    expect(queue.status()).toBe('closed');
    expect(onClosed).toHaveBeenCalledTimes(1);
    await queue.put('q2', { optionIds: ['b'] });
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('reports a refused answer as an error and retries it later', async () => {
    const save = vi
      .fn<(key: string, answer: AnswerInput) => Promise<ReturnType<typeof savedAnswer>>>()
      .mockRejectedValueOnce(new ApiError('INTERNAL'))
      .mockImplementation(async (_key, answer) => savedAnswer(answer));
    const { queue } = setup(save);
    await queue.put('q1', { optionIds: ['a'] });
    expect(queue.status()).toBe('error');
    await vi.advanceTimersByTimeAsync(1000);
    expect(queue.status()).toBe('saved');
  });
});
