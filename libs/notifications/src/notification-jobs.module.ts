import { Module } from '@nestjs/common';
import { MailModule } from '@parity/shared/mail';
import { NotificationDelivery } from './delivery/notification-delivery.service';
import { ReminderSweep } from './sweep/reminder-sweep.service';

/** For the worker: the reminder sweeps and the delivery of one reminder. */
@Module({
  imports: [MailModule],
  providers: [ReminderSweep, NotificationDelivery],
  exports: [ReminderSweep, NotificationDelivery],
})
export class NotificationJobsModule {}
