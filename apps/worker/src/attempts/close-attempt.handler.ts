import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { OverdueAttempts } from '@parity/assessment';
import { JobName, type JobPayloads } from '@parity/shared/queue';
import type { JobHandler } from '../jobs/job-handler';

/** At a timed attempt's deadline: submits it with the answers saved so far, unless it is already submitted. */
@Injectable()
export class CloseAttemptHandler implements JobHandler<typeof JobName.closeAttempt> {
  readonly jobName = JobName.closeAttempt;

  constructor(private readonly attempts: OverdueAttempts) {}

  async handle(job: Job<JobPayloads['close-attempt']>): Promise<{ submitted: boolean }> {
    return { submitted: await this.attempts.close(job.data.attemptId) };
  }
}
