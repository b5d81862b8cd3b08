import { Logger } from '@nestjs/common';
import type { AppConfig } from '@parity/shared/config';
import type { JobProducer } from '@parity/shared/queue';
import type { EmailMessage } from './email-message.entity';
import { EmailOutbox } from './email-outbox';

const config = { PUBLIC_URL: 'http://parity.test' } as AppConfig;
/** A producer whose enqueue does what Redis-down does with the api's connection: never settles. */
const producer = (enqueueMany: () => Promise<void>) => ({ enqueueMany }) as unknown as JobProducer;
const messages = [{ id: 'message-1' }, { id: 'message-2' }] as EmailMessage[];

describe('EmailOutbox.dispatch', () => {
  let warn: jest.SpyInstance;

  beforeEach(() => {
    jest.useFakeTimers();
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    jest.useRealTimers();
    warn.mockRestore();
  });

  it('returns within ~1.5 s when Redis never answers, leaving the messages to the relay', async () => {
    const outbox = new EmailOutbox(
      producer(() => new Promise<void>(() => undefined)),
      config,
    );
    let settled = false;
    const dispatched = outbox.dispatch(messages).then(() => (settled = true));
    await jest.advanceTimersByTimeAsync(1_000);
    expect(settled).toBe(false);
    await jest.advanceTimersByTimeAsync(1_000);
    expect(settled).toBe(true);
    await dispatched;
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('2 e-mail(s) stay in the outbox'));
    expect(jest.getTimerCount()).toBe(0);
  });

  it('enqueues and clears its timer when Redis answers', async () => {
    const enqueueMany = jest.fn(() => Promise.resolve());
    await new EmailOutbox(producer(enqueueMany), config).dispatch(messages);
    expect(enqueueMany).toHaveBeenCalledWith('send-email', [
      { emailMessageId: 'message-1' },
      { emailMessageId: 'message-2' },
    ]);
    expect(jest.getTimerCount()).toBe(0);
    expect(warn).not.toHaveBeenCalled();
  });
});
