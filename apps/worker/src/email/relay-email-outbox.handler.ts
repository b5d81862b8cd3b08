import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { findStalledEmails } from '@parity/shared/mail';
import { JobName, JobProducer } from '@parity/shared/queue';
import type { JobHandler } from '../jobs/job-handler';

const STALLED_AFTER_MS = 60_000;

/**
 * The outbox relay: messages still pending a minute after they were written lost their job (Redis down at the
 * time, or data lost) or whose job failed; they are enqueued again or retried. Job ids come from the message id,
 * so nothing is sent twice.
 */
@Injectable()
export class RelayEmailOutboxHandler implements JobHandler<typeof JobName.relayEmailOutbox> {
  readonly jobName = JobName.relayEmailOutbox;

  constructor(
    private readonly em: EntityManager,
    private readonly producer: JobProducer,
  ) {}

  async handle(): Promise<{ requeued: number; retried: number }> {
    const ids = await findStalledEmails(this.em, STALLED_AFTER_MS);
    return this.producer.relay(
      JobName.sendEmail,
      ids.map((emailMessageId) => ({ emailMessageId })),
    );
  }
}
