import { Injectable, Logger } from '@nestjs/common';
import {
  DELIVERY_JOB_OPTIONS,
  JOB_QUEUE,
  JobName,
  JobProducer,
  jobId,
  withinEnqueueWait,
} from '@parity/shared/queue';
import { DEADLINE_GRACE_MS } from './attempt-timing';
import type { QuizAttempt } from './quiz-attempt.entity';

/**
 * Schedules the server-side close of a timed attempt (after commit): a delayed job at deadline + grace, with an id
 * from the attempt so it exists once. If Redis is down (or slower than a bounded wait) the overdue sweep closes the
 * attempt instead.
 */
@Injectable()
export class DeadlineScheduler {
  private readonly logger = new Logger(DeadlineScheduler.name);

  constructor(private readonly producer: JobProducer) {}

  async schedule(attempt: QuizAttempt, now = new Date()): Promise<void> {
    if (!attempt.deadlineAt) return;
    const payload = { attemptId: attempt.id };
    const delay = Math.max(0, attempt.deadlineAt.getTime() + DEADLINE_GRACE_MS - now.getTime());
    try {
      await withinEnqueueWait(
        this.producer.queue(JOB_QUEUE[JobName.closeAttempt]).add(JobName.closeAttempt, payload, {
          ...DELIVERY_JOB_OPTIONS,
          jobId: jobId(JobName.closeAttempt, payload),
          delay,
        }),
      );
    } catch (error) {
      this.logger.warn(
        `attempt ${attempt.id}: close job not scheduled, the sweep will close it (${String(error)})`,
      );
    }
  }
}
