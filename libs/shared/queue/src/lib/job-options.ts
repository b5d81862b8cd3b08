import type { JobsOptions } from 'bullmq';

/** Delivery of a message to an external system: retried with exponential backoff, kept a while for the dashboard. */
export const DELIVERY_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 5_000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/**
 * How often a job may be found stalled (its worker died) before BullMQ fails it. Handlers are idempotent, so a job
 * whose worker is killed again and again is simply taken over again; BullMQ's default of 1 would fail it at the
 * second crash and leave it to the relays.
 */
export const MAX_STALLED_COUNT = 10;

/** A periodic sweep: one attempt (the next run catches up), little history. */
export const SWEEP_JOB_OPTIONS: JobsOptions = {
  attempts: 1,
  removeOnComplete: { count: 50 },
  removeOnFail: { count: 200 },
};

export const EMAIL_OUTBOX_RELAY_EVERY_MS = 60_000;

export const EVENT_OUTBOX_RELAY_EVERY_MS = 60_000;

/** Timed attempts whose close job was lost are closed by this sweep (the deadline job is the fast path). */
export const OVERDUE_ATTEMPTS_SWEEP_EVERY_MS = 30_000;

/** Completions without a certificate (lost event job) are issued by this sweep. */
export const CERTIFICATE_RECONCILE_EVERY_MS = 5 * 60_000;
/** Renewal enrolments open weeks before expiry; an hourly sweep is more than timely. */
export const CERTIFICATE_RENEWAL_EVERY_MS = 60 * 60_000;
/** Reminders are about days and hours; a sweep every 10 minutes sends them on time. */
export const REMINDER_SWEEP_EVERY_MS = 10 * 60_000;
export const NOTIFICATION_RELAY_EVERY_MS = 60_000;
