import { Logger } from '@nestjs/common';
import { EventOutbox } from './event-outbox';
import type { JobProducer } from './job-producer';

/** A producer whose enqueue does what Redis-down does with the api's connection: never settles. */
const producer = (enqueueMany: () => Promise<void>) => ({ enqueueMany }) as unknown as JobProducer;

describe('EventOutbox.dispatch', () => {
  let warn: jest.SpyInstance;

  beforeEach(() => {
    jest.useFakeTimers();
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    jest.useRealTimers();
    warn.mockRestore();
  });

  it('returns within ~1.5 s when Redis never answers, leaving the events to the relay', async () => {
    const outbox = new EventOutbox(producer(() => new Promise<void>(() => undefined)));
    let settled = false;
    const dispatched = outbox.dispatch(['event-1', null, 'event-2']).then(() => (settled = true));
    await jest.advanceTimersByTimeAsync(1_000);
    expect(settled).toBe(false);
    await jest.advanceTimersByTimeAsync(1_000);
    expect(settled).toBe(true);
    await dispatched;
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('2 event(s) stay in the outbox'));
    expect(jest.getTimerCount()).toBe(0);
  });

  it('enqueues and clears its timer when Redis answers', async () => {
    const enqueueMany = jest.fn(() => Promise.resolve());
    await new EventOutbox(producer(enqueueMany)).dispatch(['event-1']);
    expect(enqueueMany).toHaveBeenCalledWith('deliver-event', [{ outboxEventId: 'event-1' }]);
    expect(jest.getTimerCount()).toBe(0);
    expect(warn).not.toHaveBeenCalled();
  });
});
