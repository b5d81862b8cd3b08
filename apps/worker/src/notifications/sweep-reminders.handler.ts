import { Injectable } from '@nestjs/common';
import { ReminderSweep, type SweepResult } from '@parity/notifications';
import { JobName } from '@parity/shared/queue';
import type { JobHandler } from '../jobs/job-handler';

/** Every ten minutes: all reminder sweeps, one after the other. */
@Injectable()
export class SweepRemindersHandler implements JobHandler<typeof JobName.sweepReminders> {
  readonly jobName = JobName.sweepReminders;

  constructor(private readonly sweep: ReminderSweep) {}

  handle(): Promise<SweepResult[]> {
    return this.sweep.runAll();
  }
}
