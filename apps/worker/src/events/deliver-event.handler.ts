import { Inject, Injectable, Logger } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { JobName, OutboxEvent, type EventPayloads, type EventTopic } from '@parity/shared/queue';
import type { Job } from 'bullmq';
import type { JobHandler } from '../jobs/job-handler';
import { EVENT_SUBSCRIBERS, type AfterCommit, type EventSubscriber } from './event-subscriber';

export type EventDelivery = 'delivered' | 'already-delivered' | 'missing';

/**
 * Delivers one outbox event to its subscribers. The row is locked and marked delivered in the same transaction as
 * the subscribers' effects, so a job that runs twice (or a worker killed mid-way) delivers once. What subscribers
 * ask to run after commit runs then (a failure there is left to the outbox relays).
 */
@Injectable()
export class DeliverEventHandler implements JobHandler<typeof JobName.deliverEvent> {
  readonly jobName = JobName.deliverEvent;
  private readonly logger = new Logger(DeliverEventHandler.name);

  constructor(
    private readonly em: EntityManager,
    @Inject(EVENT_SUBSCRIBERS) private readonly subscribers: EventSubscriber[],
  ) {}

  async handle(job: Job<{ outboxEventId: string }>): Promise<EventDelivery> {
    const afterCommit: AfterCommit[] = [];
    const delivery = await this.em.transactional(async (tx): Promise<EventDelivery> => {
      const event = await tx.findOne(OutboxEvent, job.data.outboxEventId, {
        lockMode: LockMode.PESSIMISTIC_WRITE,
      });
      if (!event) return 'missing';
      if (event.deliveredAt) return 'already-delivered';
      const subscribers = this.subscribers.filter((subscriber) => subscriber.topic === event.topic);
      for (const subscriber of subscribers) {
        const then = await subscriber.handle(event.payload as EventPayloads[EventTopic], event.id);
        if (then) afterCommit.push(then);
      }
      event.deliveredAt = new Date();
      this.logger.log(`event ${event.topic} ${event.id} delivered to ${subscribers.length} subscriber(s)`);
      return 'delivered';
    });
    for (const then of afterCommit) await then();
    return delivery;
  }
}
