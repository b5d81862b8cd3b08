import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { JobName } from './jobs';
import { JobProducer } from './job-producer';
import type { EventPayloads, EventTopic } from './event-topics';
import { withinEnqueueWait } from './within-enqueue-wait';

/**
 * Writes events in the caller's transaction and hands them to the worker after commit. Writing twice with the same
 * key records nothing new (ON CONFLICT on the unique key), so concurrent causes produce one event.
 */
@Injectable()
export class EventOutbox {
  private readonly logger = new Logger(EventOutbox.name);

  constructor(private readonly producer: JobProducer) {}

  /** Inserts the event in the transaction of `em`; returns its id, or null when the key was already recorded. */
  async write<T extends EventTopic>(
    em: EntityManager,
    topic: T,
    key: string,
    payload: EventPayloads[T],
  ): Promise<string | null> {
    const rows = await em.execute<{ id: string }[]>(
      `insert into "outbox_event" ("id", "created_at", "topic", "key", "payload")
       values (gen_random_uuid(), now(), ?, ?, ?::jsonb) on conflict ("key") do nothing returning "id"`,
      [topic, key, JSON.stringify(payload)],
    );
    return rows[0]?.id ?? null;
  }

  /**
   * After commit: enqueue delivery, waiting for Redis a bounded time. A failure (or timeout) here is harmless, the
   * relay sweep picks the event up later.
   */
  async dispatch(ids: (string | null)[]): Promise<void> {
    const pending = ids.filter((id): id is string => Boolean(id));
    try {
      await withinEnqueueWait(
        this.producer.enqueueMany(
          JobName.deliverEvent,
          pending.map((outboxEventId) => ({ outboxEventId })),
        ),
      );
    } catch (error) {
      this.logger.warn(
        `${pending.length} event(s) stay in the outbox for the relay: ${(error as Error).message}`,
      );
    }
  }
}

/** Events still undelivered `olderThanMs` after they were written (their job was lost): the relay re-enqueues them. */
export async function findStalledEvents(
  em: EntityManager,
  olderThanMs: number,
  limit = 500,
): Promise<string[]> {
  const rows = await em.execute<{ id: string }[]>(
    `select "id" from "outbox_event" where "delivered_at" is null and "created_at" < now() - (? * interval '1 millisecond')
     order by "created_at" limit ?`,
    [olderThanMs, limit],
  );
  return rows.map((row) => row.id);
}
