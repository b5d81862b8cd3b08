import { Module } from '@nestjs/common';
import { ConfigModule } from '@parity/shared/config';
import { QueueModule } from '@parity/shared/queue';
import { PlatformDatabaseModule } from '@parity/platform';
import { RelayEmailOutboxHandler } from './email/relay-email-outbox.handler';
import { SendEmailHandler } from './email/send-email.handler';
import { JOB_HANDLERS, type JobHandler } from './jobs/job-handler';
import { QueueWorkers } from './jobs/queue-workers';

const HANDLERS = [SendEmailHandler, RelayEmailOutboxHandler];

@Module({
  imports: [ConfigModule, PlatformDatabaseModule, QueueModule],
  providers: [
    ...HANDLERS,
    { provide: JOB_HANDLERS, inject: HANDLERS, useFactory: (...handlers: JobHandler[]) => handlers },
    QueueWorkers,
  ],
})
export class WorkerModule {}
