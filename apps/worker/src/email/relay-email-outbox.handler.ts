import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { closeUnansweredEmails, findStalledEmails } from '@parity/shared/mail';
import { JobName, JobProducer } from '@parity/shared/queue';
import type { JobHandler } from '../jobs/job-handler';

const STALLED_AFTER_MS = 60_000;
/** Longer than any SMTP answer takes: nodemailer gives up on a silent server after 10 minutes. */
const UNANSWERED_AFTER_MS = 15 * 60_000;

/**
 * The outbox relay: messages still pending a minute after they were written lost their job (Redis down at the
 * time, or data lost) or whose job failed; they are enqueued again or retried. Job ids come from the message id,
 * so nothing is sent twice. Messages handed over whose worker died before the server's answer keep their body until
 * the relay closes them, a quarter of an hour later.
 */
@Injectable()
export class RelayEmailOutboxHandler implements JobHandler<typeof JobName.relayEmailOutbox> {
  readonly jobName = JobName.relayEmailOutbox;

  constructor(
    private readonly em: EntityManager,
    private readonly producer: JobProducer,
  ) {}

  async handle(): Promise<{ requeued: number; retried: number; unanswered: number }> {
    const ids = await findStalledEmails(this.em, STALLED_AFTER_MS);
    const relayed = await this.producer.relay(
      JobName.sendEmail,
      ids.map((emailMessageId) => ({ emailMessageId })),
    );
    return { ...relayed, unanswered: await closeUnansweredEmails(this.em, UNANSWERED_AFTER_MS) };
  }
}
