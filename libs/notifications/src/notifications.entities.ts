import { Notification } from './notification/notification.entity';
import { NotificationPreference } from './preference/notification-preference.entity';
import { QuietHours } from './preference/quiet-hours.entity';
import { ReminderRule } from './rule/reminder-rule.entity';

export const NOTIFICATION_ENTITIES = [Notification, NotificationPreference, QuietHours, ReminderRule];
