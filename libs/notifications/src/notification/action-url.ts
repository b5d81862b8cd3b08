import { NotificationKind } from '../copy/notification-kind';

/** Where a reminder's button leads: the enrolment to continue, the certificates page, the coaching session. */
export function actionUrl(publicUrl: string, kind: NotificationKind, targetId: string): string {
  switch (kind) {
    case NotificationKind.CERTIFICATE_EXPIRING:
      return new URL('/learn/certificates', publicUrl).toString();
    case NotificationKind.ESCALATION_DIGEST:
      return new URL('/admin/enrolments', publicUrl).toString();
    case NotificationKind.SESSION_UPCOMING:
      return new URL(`/coaching/sessions/${targetId}`, publicUrl).toString();
    default:
      return new URL(`/learn/enrolments/${targetId}`, publicUrl).toString();
  }
}
