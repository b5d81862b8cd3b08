export { NotificationKind, NOTIFICATION_KINDS } from './notification-kind';
export {
  MAX_DIGEST_ITEMS,
  type CertificateExpiringParams,
  type DueSoonParams,
  type EscalationDigestParams,
  type EscalationItem,
  type InactiveParams,
  type NotificationParams,
  type NotificationParamsByKind,
  type NotificationParamsOf,
  type NotStartedParams,
  type OverdueParams,
  type SessionUpcomingParams,
} from './notification-params';
export {
  NOTIFICATION_LOCALES,
  resolveNotificationLocale,
  intlLocaleOf,
  type NotificationLocale,
} from './notification-locale';
export {
  MAX_BODY_LENGTH,
  MAX_TITLE_LENGTH,
  renderNotificationText,
  type NotificationText,
} from './notification-text';
export {
  renderNotificationEmail,
  type NotificationEmail,
  type NotificationEmailInput,
} from './notification-email';
export { renderCalendarInvite, type CalendarInviteInput, type CalendarPerson } from './calendar-invite';
export {
  SESSION_INVITATION_COPY,
  type SessionInvitationCopy,
  type SessionInvitationKind,
  type SessionInvitationParams,
} from './session-invitation.copy';
export {
  renderSessionInvitationEmail,
  type SessionInvitationEmail,
  type SessionInvitationEmailInput,
} from './session-invitation-email';
