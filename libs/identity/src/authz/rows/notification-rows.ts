import { Role } from '../role.enum';
import { everyRole, type OperationRule } from '../whose';

/** Notifications: each person's own notification centre and preferences, nobody else's. */
export const NOTIFICATION_ROWS = {
  'notification.own': {
    description: 'Read and mark one’s own notices; read and change one’s own notification preferences',
    rootFields: [
      'myNotifications',
      'unreadNotificationCount',
      'markNotificationRead',
      'markAllNotificationsRead',
      'myNotificationPreferences',
      'updateMyNotificationPreferences',
    ],
    allow: everyRole(['own']),
  },
  'reminder.rules': {
    description: 'Read and adjust an institution’s reminder rules, institution-wide or per course (audited)',
    rootFields: ['reminderRules', 'saveReminderRule'],
    allow: { [Role.INSTITUTION_ADMIN]: ['institution'], [Role.PLATFORM_ADMIN]: ['institution', 'other'] },
  },
  'queue.read': {
    description: 'See the job queues (counts per state): the platform’s operators only',
    rootFields: ['queueOverview'],
    allow: { [Role.PLATFORM_ADMIN]: ['institution'] },
  },
} satisfies Record<string, OperationRule>;
