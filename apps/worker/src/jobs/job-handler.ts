import type { Job } from 'bullmq';
import type { JobName, JobPayloads } from '@parity/shared/queue';

/** One handler per job name; registered under JOB_HANDLERS and checked at boot. */
export interface JobHandler<J extends JobName = JobName> {
  readonly jobName: J;
  handle(job: Job<JobPayloads[J]>): Promise<unknown>;
}

export const JOB_HANDLERS = Symbol('JOB_HANDLERS');
