import { NotificationKind } from '../copy/notification-kind';

export interface RuleDefaults {
  offsets: number[];
  enabled: boolean;
}

/**
 * Parity's reminders when an institution has not adjusted them. Days, except the coaching session reminder
 * (hours). Overdue reminders repeat every `offsets[0]` days, at most `MAX_OVERDUE_REMINDERS` times.
 */
export const DEFAULT_RULES: Record<NotificationKind, RuleDefaults> = {
  [NotificationKind.DUE_SOON]: { offsets: [7, 1], enabled: true },
  [NotificationKind.OVERDUE]: { offsets: [7], enabled: true },
  [NotificationKind.NOT_STARTED]: { offsets: [7], enabled: true },
  [NotificationKind.INACTIVE]: { offsets: [14], enabled: true },
  [NotificationKind.CERTIFICATE_EXPIRING]: { offsets: [30], enabled: true },
  [NotificationKind.ESCALATION_DIGEST]: { offsets: [7], enabled: true },
  [NotificationKind.SESSION_UPCOMING]: { offsets: [24, 1], enabled: true },
};

export const MAX_OVERDUE_REMINDERS = 4;
