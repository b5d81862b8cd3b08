import { NotificationKind } from './notification-kind';
import type { NotificationParamsByKind } from './notification-params';

/** One realistic params object per kind, for specs that must cover every kind (typed, so a new kind needs one). */
export const SAMPLE_PARAMS: NotificationParamsByKind = {
  [NotificationKind.DUE_SOON]: {
    courseTitle: 'Gender perspective in operations',
    dueAt: '2026-11-30T16:00:00Z',
    daysLeft: 7,
    mandatory: true,
  },
  [NotificationKind.OVERDUE]: {
    courseTitle: 'Gender perspective in operations',
    dueAt: '2026-11-30T16:00:00Z',
    overdueDays: 3,
    mandatory: false,
  },
  [NotificationKind.NOT_STARTED]: {
    courseTitle: 'Preventing sexual harassment',
    assignedAt: '2026-10-01T08:00:00Z',
    dueAt: '2026-12-15T16:00:00Z',
  },
  [NotificationKind.INACTIVE]: {
    courseTitle: 'Preventing sexual harassment',
    lastActivityAt: '2026-10-20T09:30:00Z',
    progressPercent: 45,
  },
  [NotificationKind.CERTIFICATE_EXPIRING]: {
    courseTitle: 'Gender advisor course',
    expiresAt: '2027-01-31T23:00:00Z',
    daysLeft: 30,
  },
  [NotificationKind.ESCALATION_DIGEST]: {
    institutionName: 'Ministry of Defence',
    items: [
      {
        personName: 'Ana Anić',
        courseTitle: 'Gender perspective',
        dueAt: '2026-11-30T16:00:00Z',
        overdueDays: 5,
      },
      {
        personName: 'Marko Marić',
        courseTitle: 'UNSCR 1325',
        dueAt: '2026-11-20T16:00:00Z',
        overdueDays: 15,
      },
    ],
    total: 2,
  },
  [NotificationKind.SESSION_UPCOMING]: {
    otherPersonName: 'Jelena Petrović',
    startsAt: '2026-11-30T16:00:00Z',
    durationMinutes: 45,
    place: 'https://meet.example.org/parity-42',
    hoursLeft: 24,
  },
};
