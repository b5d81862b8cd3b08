import { Module } from '@nestjs/common';
import { ConfigModule } from '@parity/shared/config';
import { QueueModule } from '@parity/shared/queue';
import { MailModule } from '@parity/shared/mail';
import { StorageModule } from '@parity/shared/storage';
import { PlatformDatabaseModule } from '@parity/platform';
import { RelayEmailOutboxHandler } from './email/relay-email-outbox.handler';
import { SendEmailHandler } from './email/send-email.handler';
import { ATTEMPT_HANDLERS, ATTEMPT_JOB_IMPORTS } from './attempts/attempt-handlers';
import { CERTIFICATE_HANDLERS, CERTIFICATE_JOB_IMPORTS } from './certificates/certificate-handlers';
import { EVENT_HANDLERS, EVENT_SUBSCRIBER_CLASSES } from './events/event-handlers';
import { NOTIFICATION_HANDLERS, NOTIFICATION_JOB_IMPORTS } from './notifications/notification-handlers';
import { EVENT_SUBSCRIBERS } from './events/event-subscriber';
import { JOB_HANDLERS, type JobHandler } from './jobs/job-handler';
import { QueueWorkers } from './jobs/queue-workers';

const HANDLERS = [
  SendEmailHandler,
  RelayEmailOutboxHandler,
  ...EVENT_HANDLERS,
  ...ATTEMPT_HANDLERS,
  ...CERTIFICATE_HANDLERS,
  ...NOTIFICATION_HANDLERS,
];

@Module({
  imports: [
    ConfigModule,
    PlatformDatabaseModule,
    QueueModule,
    StorageModule,
    MailModule,
    ...ATTEMPT_JOB_IMPORTS,
    ...CERTIFICATE_JOB_IMPORTS,
    ...NOTIFICATION_JOB_IMPORTS,
  ],
  providers: [
    ...HANDLERS,
    ...EVENT_SUBSCRIBER_CLASSES,
    { provide: JOB_HANDLERS, inject: HANDLERS, useFactory: (...handlers: JobHandler[]) => handlers },
    {
      provide: EVENT_SUBSCRIBERS,
      inject: EVENT_SUBSCRIBER_CLASSES,
      useFactory: (...subscribers: unknown[]) => subscribers,
    },
    QueueWorkers,
  ],
})
export class WorkerModule {}
