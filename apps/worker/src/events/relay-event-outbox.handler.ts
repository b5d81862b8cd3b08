import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { findStalledEvents, JobName, JobProducer } from '@parity/shared/queue';
import type { JobHandler } from '../jobs/job-handler';

const STALLED_AFTER_MS = 60_000;

/**
 * The event outbox relay: events still undelivered a minute after they were written lost their job (Redis down at
 * the time of the cause, or data lost) or exhausted its retries (a subscriber kept failing); they are enqueued again,
 * and a failed job is retried. Job ids come from the event id, so an event never has two jobs.
 */
@Injectable()
export class RelayEventOutboxHandler implements JobHandler<typeof JobName.relayEventOutbox> {
  readonly jobName = JobName.relayEventOutbox;

  constructor(
    private readonly em: EntityManager,
    private readonly producer: JobProducer,
  ) {}

  async handle(): Promise<{ requeued: number; retried: number }> {
    const ids = await findStalledEvents(this.em, STALLED_AFTER_MS);
    return this.producer.relay(
      JobName.deliverEvent,
      ids.map((outboxEventId) => ({ outboxEventId })),
    );
  }
}
