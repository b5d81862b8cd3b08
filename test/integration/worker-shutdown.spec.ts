import { Test } from '@nestjs/testing';
import type { Job } from 'bullmq';
import { JobName, JobProducer } from '@parity/shared/queue';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { JOB_HANDLERS, type JobHandler } from '../../apps/worker/src/jobs/job-handler';
import { QueueWorkers } from '../../apps/worker/src/jobs/queue-workers';

// This file runs its own workers: its own Redis prefix keeps other test files' jobs out of its queues.
process.env['REDIS_PREFIX'] = `${process.env['REDIS_PREFIX'] ?? 'parity-test'}-shutdown`;

describe('worker shutdown', () => {
  it('finishes the job it is running before it stops (SIGTERM path)', async () => {
    const events: string[] = [];
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const slow: JobHandler = {
      jobName: JobName.sendEmail,
      async handle(job: Job) {
        events.push(`start ${job.id}`);
        started();
        await new Promise((resolve) => setTimeout(resolve, 700));
        events.push(`end ${job.id}`);
      },
    };
    const idle: JobHandler[] = Object.values(JobName)
      .filter((name) => name !== JobName.sendEmail)
      .map((jobName) => ({ jobName, handle: async () => undefined }));
    const moduleRef = await Test.createTestingModule({ imports: [WorkerModule] })
      .overrideProvider(JOB_HANDLERS)
      .useValue([slow, ...idle])
      .compile();
    const app = await moduleRef.init();
    const workers = app.get(QueueWorkers);
    await workers.start();
    const id = `shutdown-${Date.now()}`;
    await app.get(JobProducer).enqueue(JobName.sendEmail, { emailMessageId: id });
    await running;
    await workers.stop();
    events.push('stopped');
    expect(events).toEqual([`start email-${id}`, `end email-${id}`, 'stopped']);
    const job = await app.get(JobProducer).queue('email').getJob(`email-${id}`);
    expect(await job?.getState()).toBe('completed');
    await app.close();
  });
});
