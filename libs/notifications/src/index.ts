export { NotificationsModule } from './notifications.module';
export { NotificationJobsModule } from './notification-jobs.module';
export { NOTIFICATION_ENTITIES } from './notifications.entities';
export { Notification } from './notification/notification.entity';
export { NotificationStatus } from './notification/notification-status.enum';
export { NotificationKind, NOTIFICATION_KINDS } from './copy/notification-kind';
export { ReminderSweep, REMINDER_SWEEP_PAGE, type SweepResult } from './sweep/reminder-sweep.service';
export { NotificationDelivery, type DeliveryOutcome } from './delivery/notification-delivery.service';
export { NotificationPreference } from './preference/notification-preference.entity';
export { QuietHours } from './preference/quiet-hours.entity';
export { ReminderRule } from './rule/reminder-rule.entity';
export { DEFAULT_RULES } from './rule/default-rules';
export {
  renderNotificationEmail,
  renderCalendarInvite,
  NOTIFICATION_LOCALES,
  intlLocaleOf,
  type NotificationEmail,
  type NotificationLocale,
  type CalendarInviteInput,
} from './copy';
export {
  renderSessionInvitationEmail,
  type SessionInvitationEmail,
  type SessionInvitationKind,
  type SessionInvitationParams,
} from './copy';
