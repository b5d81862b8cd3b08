import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { APP_CONFIG, type AppConfig } from '@parity/shared/config';
import { JobName, JobProducer, withinEnqueueWait } from '@parity/shared/queue';
import { EmailMessage, type NewEmail } from './email-message.entity';

/**
 * Writing an e-mail is part of the transaction that causes it (outbox); handing it to the worker happens
 * after commit and may fail harmlessly: the relay sweep re-enqueues anything left pending.
 */
@Injectable()
export class EmailOutbox {
  private readonly logger = new Logger(EmailOutbox.name);

  constructor(
    private readonly producer: JobProducer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Persists the message in the caller's unit of work; call `dispatch` after the transaction commits. */
  write(em: EntityManager, input: NewEmail): EmailMessage {
    const message = new EmailMessage(input, new URL(this.config.PUBLIC_URL).hostname);
    em.persist(message);
    return message;
  }

  /**
   * After commit: enqueue sending, waiting for Redis a bounded time (the relay sweep sends what is left). A message
   * with `notBefore` in the future is enqueued with that delay.
   */
  async dispatch(messages: EmailMessage[]): Promise<void> {
    const now = Date.now();
    const later = messages.filter((message) => message.notBefore && message.notBefore.getTime() > now);
    const rightAway = messages.filter((message) => !later.includes(message));
    try {
      await withinEnqueueWait(
        Promise.all([
          this.producer.enqueueMany(
            JobName.sendEmail,
            rightAway.map((message) => ({ emailMessageId: message.id })),
          ),
          ...later.map((message) =>
            this.producer.enqueue(
              JobName.sendEmail,
              { emailMessageId: message.id },
              { delay: (message.notBefore as Date).getTime() - now },
            ),
          ),
        ]),
      );
    } catch (error) {
      this.logger.warn(
        `${messages.length} e-mail(s) stay in the outbox for the relay: ${(error as Error).message}`,
      );
    }
  }
}
