export { QueueName, JobName, JOB_QUEUE, jobId, type JobPayloads } from './lib/jobs';
export {
  DELIVERY_JOB_OPTIONS,
  SWEEP_JOB_OPTIONS,
  EMAIL_OUTBOX_RELAY_EVERY_MS,
  EVENT_OUTBOX_RELAY_EVERY_MS,
  OVERDUE_ATTEMPTS_SWEEP_EVERY_MS,
  CERTIFICATE_RECONCILE_EVERY_MS,
  CERTIFICATE_RENEWAL_EVERY_MS,
  MAX_STALLED_COUNT,
  REMINDER_SWEEP_EVERY_MS,
  NOTIFICATION_RELAY_EVERY_MS,
} from './lib/job-options';
export { OutboxEvent } from './lib/outbox-event.entity';
export { EventOutbox, findStalledEvents } from './lib/event-outbox';
export { EventTopic, type EventPayloads } from './lib/event-topics';
export { createRedis, assertRedisReachable, describeRedis } from './lib/redis';
export { REDIS } from './lib/redis.token';
export { JobProducer } from './lib/job-producer';
export { QueueModule } from './lib/queue.module';
export { withinEnqueueWait, ENQUEUE_WAIT_MS } from './lib/within-enqueue-wait';
