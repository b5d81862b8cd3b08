/**
 * The reminder notifications Parity sends. The string values are stored with each notification row and in
 * preferences, so they never change once shipped; add a new member instead of renaming one.
 */
export enum NotificationKind {
  DUE_SOON = 'due_soon',
  OVERDUE = 'overdue',
  NOT_STARTED = 'not_started',
  INACTIVE = 'inactive',
  CERTIFICATE_EXPIRING = 'certificate_expiring',
  ESCALATION_DIGEST = 'escalation_digest',
  SESSION_UPCOMING = 'session_upcoming',
}

/** Every kind, derived from the enum so the list cannot drift from it (used by settings screens and tests). */
export const NOTIFICATION_KINDS: NotificationKind[] = Object.values(NotificationKind);
