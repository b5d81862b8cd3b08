import { NotificationJobsModule } from '@parity/notifications';
import { DeliverNotificationHandler } from './deliver-notification.handler';
import { RelayNotificationsHandler } from './relay-notifications.handler';
import { SweepRemindersHandler } from './sweep-reminders.handler';

/** Reminder jobs (sweeps, delivery, relay) and the module they need; owned by the notifications work. */
export const NOTIFICATION_HANDLERS: (new (...args: never[]) => object)[] = [
  SweepRemindersHandler,
  DeliverNotificationHandler,
  RelayNotificationsHandler,
];
export const NOTIFICATION_JOB_IMPORTS: (new (...args: never[]) => object)[] = [NotificationJobsModule];
