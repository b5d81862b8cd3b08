import { Injectable } from '@nestjs/common';
import { DEADLINE_GRACE_MS, OverdueAttempts } from '@parity/assessment';
import { JobName } from '@parity/shared/queue';
import type { JobHandler } from '../jobs/job-handler';

/** The sweep behind the deadline jobs: closes attempts left open past their deadline (a lost job, Redis down). */
@Injectable()
export class CloseOverdueAttemptsHandler implements JobHandler<typeof JobName.closeOverdueAttempts> {
  readonly jobName = JobName.closeOverdueAttempts;

  constructor(private readonly attempts: OverdueAttempts) {}

  async handle(): Promise<{ closed: number }> {
    return { closed: await this.attempts.closeAll(DEADLINE_GRACE_MS) };
  }
}
