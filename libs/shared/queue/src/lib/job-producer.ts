import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@parity/shared/config';
import { JOB_QUEUE, jobId, type JobName, type JobPayloads, type QueueName } from './jobs';
import { DELIVERY_JOB_OPTIONS } from './job-options';
import { REDIS } from './redis.token';

/** The api's only way to hand work to the worker. Job ids come from business keys (see jobId). */
@Injectable()
export class JobProducer implements OnModuleDestroy {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.redis, prefix: this.config.REDIS_PREFIX });
      this.queues.set(name, queue);
    }
    return queue;
  }

  async enqueue<J extends JobName>(name: J, payload: JobPayloads[J]): Promise<void> {
    const id = jobId(name, payload);
    await this.queue(JOB_QUEUE[name]).add(name, payload, {
      ...DELIVERY_JOB_OPTIONS,
      ...(id ? { jobId: id } : {}),
    });
  }

  /** Many jobs of one kind in one round trip. */
  async enqueueMany<J extends JobName>(name: J, payloads: JobPayloads[J][]): Promise<void> {
    if (!payloads.length) return;
    await this.queue(JOB_QUEUE[name]).addBulk(
      payloads.map((data) => {
        const id = jobId(name, data);
        return { name, data, opts: { ...DELIVERY_JOB_OPTIONS, ...(id ? { jobId: id } : {}) } };
      }),
    );
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
  }
}
