import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@parity/shared/config';
import { JOB_QUEUE, jobId, type JobName, type JobPayloads, type QueueName } from './jobs';
import { DELIVERY_JOB_OPTIONS } from './job-options';
import { REDIS } from './redis.token';

/** The api's only way to hand work to the worker. Job ids come from business keys (see jobId). */
/** Ids looked up together by the relays. */
const RELAY_CHUNK = 200;

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

  async enqueue<J extends JobName>(
    name: J,
    payload: JobPayloads[J],
    options: { delay?: number } = {},
  ): Promise<void> {
    const id = jobId(name, payload);
    await this.queue(JOB_QUEUE[name]).add(name, payload, {
      ...DELIVERY_JOB_OPTIONS,
      ...(options.delay && options.delay > 0 ? { delay: options.delay } : {}),
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

  /**
   * For the outbox relays: makes sure each payload has a live job. A job that is gone (Redis lost it, or it was
   * never enqueued) is enqueued again; one that failed (retries exhausted, or stalled past the limit) is retried.
   * Job ids come from the payload, so this never makes a second job for the same thing.
   */
  async relay<J extends JobName>(
    name: J,
    payloads: JobPayloads[J][],
  ): Promise<{ requeued: number; retried: number }> {
    const queue = this.queue(JOB_QUEUE[name]);
    const missing: JobPayloads[J][] = [];
    let retried = 0;
    // One round trip per chunk (the commands of a chunk go out together on the connection), not two per id.
    for (let start = 0; start < payloads.length; start += RELAY_CHUNK) {
      const chunk = payloads.slice(start, start + RELAY_CHUNK);
      const states = await Promise.all(
        chunk.map((payload) => {
          const id = jobId(name, payload);
          return id ? queue.getJobState(id) : Promise.resolve('unknown' as const);
        }),
      );
      const failed: string[] = [];
      chunk.forEach((payload, index) => {
        if (states[index] === 'unknown') missing.push(payload);
        else if (states[index] === 'failed') failed.push(jobId(name, payload) as string);
      });
      const jobs = await Promise.all(failed.map((id) => queue.getJob(id)));
      await Promise.all(jobs.map((job) => job?.retry()));
      retried += jobs.filter(Boolean).length;
    }
    await this.enqueueMany(name, missing);
    return { requeued: missing.length, retried };
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
  }
}
