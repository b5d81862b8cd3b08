import { NotificationKind, renderNotificationEmail, type NotificationEmail } from '@parity/notifications';
import type { ReminderLearner } from './reminder-learners';

const DAY = 86_400_000;

/**
 * The due-soon e-mail a learner should get, rendered by the copy module from what the test knows: the learner's
 * language, zone and name, the course title in that language, and the days left as of the delivery (the reminder's
 * `delivered_at`, the time the worker rendered it with).
 */
export function expectedDueSoonEmail(
  learner: ReminderLearner,
  courseTitle: string,
  deliveredAt: Date,
  publicUrl: string,
): NotificationEmail {
  return renderNotificationEmail({
    kind: NotificationKind.DUE_SOON,
    params: {
      courseTitle,
      dueAt: learner.dueAt.toISOString(),
      daysLeft: Math.max(1, Math.ceil((learner.dueAt.getTime() - deliveredAt.getTime()) / DAY)),
      mandatory: learner.mandatory,
    },
    locale: learner.locale,
    timeZone: learner.timeZone,
    recipientName: learner.displayName,
    actionUrl: new URL(`/learn/enrolments/${learner.enrolmentId}`, publicUrl).toString(),
    settingsUrl: new URL('/notifications/settings', publicUrl).toString(),
  });
}

/** "17:00", or what the clock shows at `at` in `timeZone`: to find the local time in a body, and not the UTC one. */
export function clockTime(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(at);
}
