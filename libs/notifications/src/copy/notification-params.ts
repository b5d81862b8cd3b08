import { NotificationKind } from './notification-kind';

/*
 * What each notification kind needs to be rendered. Dates are ISO 8601 strings, not `Date`, because the params are
 * stored as JSON with the notification and rendered later (possibly again, in another language) from that JSON.
 */

export interface DueSoonParams {
  courseTitle: string;
  dueAt: string;
  daysLeft: number;
  mandatory: boolean;
}

export interface OverdueParams {
  courseTitle: string;
  dueAt: string;
  overdueDays: number;
  mandatory: boolean;
}

export interface NotStartedParams {
  courseTitle: string;
  assignedAt: string;
  dueAt: string | null;
}

export interface InactiveParams {
  courseTitle: string;
  lastActivityAt: string;
  progressPercent: number;
}

export interface CertificateExpiringParams {
  courseTitle: string;
  expiresAt: string;
  daysLeft: number;
}

export interface EscalationItem {
  personName: string;
  courseTitle: string;
  dueAt: string;
  overdueDays: number;
}

/** At most `MAX_DIGEST_ITEMS` items are listed; `total` counts all overdue assignments, listed or not. */
export interface EscalationDigestParams {
  institutionName: string;
  items: EscalationItem[];
  total: number;
}

/** `place` is a meeting link or a room; `hoursLeft` is how far ahead the reminder goes out (24 or 1). */
export interface SessionUpcomingParams {
  otherPersonName: string;
  startsAt: string;
  durationMinutes: number;
  place: string;
  hoursLeft: number;
}

/** The params of each kind, by kind: lets renderers type `params` from a generic `kind` without casts. */
export interface NotificationParamsByKind {
  [NotificationKind.DUE_SOON]: DueSoonParams;
  [NotificationKind.OVERDUE]: OverdueParams;
  [NotificationKind.NOT_STARTED]: NotStartedParams;
  [NotificationKind.INACTIVE]: InactiveParams;
  [NotificationKind.CERTIFICATE_EXPIRING]: CertificateExpiringParams;
  [NotificationKind.ESCALATION_DIGEST]: EscalationDigestParams;
  [NotificationKind.SESSION_UPCOMING]: SessionUpcomingParams;
}

/** The params of one kind. */
export type NotificationParamsOf<K extends NotificationKind> = NotificationParamsByKind[K];

/** A stored notification's params, discriminated by `kind` (a member is also a valid `NotificationParamsOf<kind>`). */
export type NotificationParams = {
  [K in NotificationKind]: { kind: K } & NotificationParamsByKind[K];
}[NotificationKind];

/** The digest lists this many items at most, so an e-mail stays readable; the rest are in the overview. */
export const MAX_DIGEST_ITEMS = 50;
