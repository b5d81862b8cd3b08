import { randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { MikroORM, RequestContext } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EventOutbox, EventTopic, JobProducer, OutboxEvent, type EventPayloads } from '@parity/shared/queue';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { QueueWorkers } from '../../apps/worker/src/jobs/queue-workers';
import { DeliverEventHandler } from '../../apps/worker/src/events/deliver-event.handler';
import { RelayEventOutboxHandler } from '../../apps/worker/src/events/relay-event-outbox.handler';
import type { EventSubscriber } from '../../apps/worker/src/events/event-subscriber';
import { waitFor } from '../support/wait-for';

// This file runs its own workers: its own Redis prefix keeps other test files' jobs out of its queues.
process.env['REDIS_PREFIX'] = `${process.env['REDIS_PREFIX'] ?? 'parity-test'}-events`;

const payload = (): EventPayloads['enrolment.completed'] => ({
  enrolmentId: randomUUID(),
  userId: randomUUID(),
  courseVersionId: randomUUID(),
});

/** An unsaved "enrolment completed" event of its own key, written `ageMs` ago. */
function completedEvent(ageMs = 0): OutboxEvent {
  const event = new OutboxEvent(
    EventTopic.enrolmentCompleted,
    `enrolment-completed:${randomUUID()}`,
    payload(),
  );
  if (ageMs) event.createdAt = new Date(Date.now() - ageMs);
  return event;
}

describe('the event outbox records a fact once and delivers it once', () => {
  let context: INestApplicationContext;
  let orm: MikroORM;
  const em = () => orm.em.fork() as EntityManager;
  const deliveredAt = async (id: string) => (await em().findOneOrFail(OutboxEvent, id)).deliveredAt;

  beforeAll(async () => {
    context = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    await context.get(QueueWorkers).start();
    orm = context.get(MikroORM);
  });

  afterAll(() => context.close());

  it('keeps one row when 20 transactions write the same key at once; the others learn it exists', async () => {
    const outbox = context.get(EventOutbox);
    const key = `enrolment-completed:${randomUUID()}`;
    const data = payload();
    const ids = await Promise.all(
      Array.from({ length: 20 }, () =>
        em().transactional((tx) => outbox.write(tx, EventTopic.enrolmentCompleted, key, data)),
      ),
    );
    expect(ids.filter(Boolean)).toHaveLength(1);
    expect(await em().count(OutboxEvent, { key })).toBe(1);
  });

  it('writes nothing when the cause’s transaction rolls back', async () => {
    const outbox = context.get(EventOutbox);
    const key = `enrolment-completed:${randomUUID()}`;
    await expect(
      em().transactional(async (tx) => {
        await outbox.write(tx, EventTopic.enrolmentCompleted, key, payload());
        throw new Error('the cause failed');
      }),
    ).rejects.toThrow('the cause failed');
    expect(await em().count(OutboxEvent, { key })).toBe(0);
  });

  it('delivers a dispatched event through the worker and marks it delivered', async () => {
    const outbox = context.get(EventOutbox);
    const id = await em().transactional((tx) =>
      outbox.write(tx, EventTopic.enrolmentCompleted, `enrolment-completed:${randomUUID()}`, payload()),
    );
    await outbox.dispatch([id, id, id]);
    const when = await waitFor(async () => (await deliveredAt(id!)) ?? undefined);
    expect(when).toBeInstanceOf(Date);
  });

  it('runs each subscriber once when two workers deliver the same event at the same moment', async () => {
    const calls: string[] = [];
    const subscriber: EventSubscriber = {
      topic: EventTopic.enrolmentCompleted,
      name: 'counting',
      handle: async (_payload, eventId) => {
        calls.push(eventId);
        await new Promise((resolve) => setTimeout(resolve, 50));
      },
    };
    const fork = em();
    const event = completedEvent();
    await fork.persistAndFlush(event);
    const outcomes = await Promise.all(
      [1, 2].map(() =>
        RequestContext.create(orm.em, () =>
          new DeliverEventHandler(orm.em.fork() as EntityManager, [subscriber]).handle({
            data: { outboxEventId: event.id },
          } as never),
        ),
      ),
    );
    expect(outcomes.sort()).toEqual(['already-delivered', 'delivered']);
    expect(calls).toEqual([event.id]);
  });

  it('leaves the event undelivered when a subscriber fails, so a retry delivers it', async () => {
    const failing: EventSubscriber = {
      topic: EventTopic.enrolmentCompleted,
      name: 'failing',
      handle: async () => {
        throw new Error('certificate store down');
      },
    };
    const fork = em();
    const event = completedEvent();
    await fork.persistAndFlush(event);
    await expect(
      new DeliverEventHandler(em(), [failing]).handle({ data: { outboxEventId: event.id } } as never),
    ).rejects.toThrow('certificate store down');
    expect(await deliveredAt(event.id)).toBeNull();
  });

  it('relays an event whose job was lost, and leaves a fresh one to its own job', async () => {
    const fork = em();
    const lost = completedEvent(5 * 60_000);
    const fresh = completedEvent();
    await fork.persistAndFlush([lost, fresh]);
    const relay = context.get(RelayEventOutboxHandler);
    const result = await RequestContext.create(orm.em, () => relay.handle());
    expect(result.requeued).toBeGreaterThanOrEqual(1);
    await waitFor(async () => (await deliveredAt(lost.id)) ?? undefined);
    expect(await deliveredAt(fresh.id)).toBeNull();
  });

  it('retries an event whose job failed for good (its retries exhausted), instead of leaving it stuck', async () => {
    const fork = em();
    const stuck = completedEvent(5 * 60_000);
    await fork.persistAndFlush(stuck);
    const retried: string[] = [];
    const enqueued: string[] = [];
    const producer = {
      queue: () => ({
        getJobState: async (id: string) => (id === `event-${stuck.id}` ? 'failed' : 'unknown'),
        getJob: async (id: string) =>
          id === `event-${stuck.id}`
            ? { isFailed: async () => true, retry: async () => void retried.push(id) }
            : undefined,
      }),
      enqueueMany: async (_name: string, payloads: { outboxEventId: string }[]) =>
        void enqueued.push(...payloads.map((p) => p.outboxEventId)),
      // The producer's own relay logic, over the queue above.
      relay: JobProducer.prototype.relay,
    } as unknown as JobProducer;
    const result = await new RelayEventOutboxHandler(em(), producer).handle();
    expect(retried).toEqual([`event-${stuck.id}`]);
    expect(enqueued).not.toContain(stuck.id);
    expect(result.retried).toBe(1);
  });
});
