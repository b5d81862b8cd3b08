import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { MikroORM, RequestContext } from '@mikro-orm/core';
import { Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@parity/shared/config';
import {
  CERTIFICATE_RECONCILE_EVERY_MS,
  CERTIFICATE_RENEWAL_EVERY_MS,
  MAX_STALLED_COUNT,
  REMINDER_SWEEP_EVERY_MS,
  NOTIFICATION_RELAY_EVERY_MS,
  EMAIL_OUTBOX_RELAY_EVERY_MS,
  EVENT_OUTBOX_RELAY_EVERY_MS,
  JOB_QUEUE,
  OVERDUE_ATTEMPTS_SWEEP_EVERY_MS,
  JobName,
  JobProducer,
  QueueName,
  REDIS,
  SWEEP_JOB_OPTIONS,
} from '@parity/shared/queue';
import { assertHandlersComplete } from './assert-handlers';
import { JOB_HANDLERS, type JobHandler } from './job-handler';

const CONCURRENCY: Record<QueueName, number> = {
  [QueueName.email]: 5,
  [QueueName.events]: 8,
  [QueueName.attempts]: 5,
  [QueueName.maintenance]: 1,
  [QueueName.notifications]: 8,
};

/** Periodic sweeps (BullMQ job schedulers: one per name, whatever the number of workers). */
const SCHEDULES: { name: JobName; every: number }[] = [
  { name: JobName.relayEmailOutbox, every: EMAIL_OUTBOX_RELAY_EVERY_MS },
  { name: JobName.relayEventOutbox, every: EVENT_OUTBOX_RELAY_EVERY_MS },
  { name: JobName.closeOverdueAttempts, every: OVERDUE_ATTEMPTS_SWEEP_EVERY_MS },
  { name: JobName.reconcileCertificates, every: CERTIFICATE_RECONCILE_EVERY_MS },
  { name: JobName.renewCertificates, every: CERTIFICATE_RENEWAL_EVERY_MS },
  { name: JobName.sweepReminders, every: REMINDER_SWEEP_EVERY_MS },
  { name: JobName.relayNotifications, every: NOTIFICATION_RELAY_EVERY_MS },
];

/**
 * Runs a BullMQ worker per queue. Each job gets its own forked EntityManager (RequestContext); handlers reload
 * by id and skip what is already done, so a job that runs twice has its effect once.
 */
@Injectable()
export class QueueWorkers implements OnApplicationShutdown {
  private readonly logger = new Logger(QueueWorkers.name);
  private readonly handlers: Map<string, JobHandler>;
  private workers: Worker[] = [];

  constructor(
    @Inject(JOB_HANDLERS) handlers: JobHandler[],
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly orm: MikroORM,
    private readonly producer: JobProducer,
  ) {
    this.handlers = assertHandlersComplete(handlers);
  }

  async start(): Promise<void> {
    for (const queue of Object.values(QueueName)) {
      const worker = new Worker(queue, (job) => this.process(job), {
        connection: this.redis.duplicate(),
        prefix: this.config.REDIS_PREFIX,
        concurrency: CONCURRENCY[queue],
        lockDuration: this.config.WORKER_LOCK_DURATION_MS,
        stalledInterval: this.config.WORKER_LOCK_DURATION_MS,
        maxStalledCount: MAX_STALLED_COUNT,
        autorun: true,
      });
      worker.on('failed', (job, error) =>
        this.logger.warn(
          `job ${job?.name} ${job?.id} failed (attempt ${job?.attemptsMade}): ${error.message}`,
        ),
      );
      worker.on('error', (error) => this.logger.error(`queue ${queue}: ${error.message}`));
      this.workers.push(worker);
    }
    for (const { name, every } of SCHEDULES) {
      await this.producer
        .queue(JOB_QUEUE[name])
        .upsertJobScheduler(name, { every }, { name, data: {}, opts: SWEEP_JOB_OPTIONS });
    }
    this.logger.log(
      `worker started: queues ${Object.values(QueueName).join(', ')}; jobs ${[...this.handlers.keys()].join(', ')}`,
    );
  }

  private process(job: Job): Promise<unknown> {
    const handler = this.handlers.get(job.name);
    if (!handler) throw new Error(`No handler for job ${job.name}`);
    return RequestContext.create(this.orm.em, () => handler.handle(job as never));
  }

  /** Stops taking jobs and waits for active ones, at most WORKER_SHUTDOWN_TIMEOUT_MS; then forces. */
  async stop(): Promise<void> {
    const graceful = Promise.all(this.workers.map((worker) => worker.close()));
    const timeout = new Promise<'timeout'>((resolve) =>
      setTimeout(() => resolve('timeout'), this.config.WORKER_SHUTDOWN_TIMEOUT_MS).unref(),
    );
    if ((await Promise.race([graceful, timeout])) === 'timeout') {
      this.logger.warn('active jobs did not finish in time; they will be retried by another worker');
      await Promise.all(this.workers.map((worker) => worker.close(true)));
    }
    await Promise.all(this.workers.map((worker) => worker.disconnect()));
    this.workers = [];
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }
}
