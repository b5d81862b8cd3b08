import { CERTIFICATE_EXPIRING_COPY } from './certificate-expiring.copy';
import { DUE_SOON_COPY } from './due-soon.copy';
import { ESCALATION_DIGEST_COPY } from './escalation-digest.copy';
import { INACTIVE_COPY } from './inactive.copy';
import type { KindCopyDefinition } from './kind-copy';
import { NotificationKind } from './notification-kind';
import type { NotificationParamsByKind } from './notification-params';
import { NOT_STARTED_COPY } from './not-started.copy';
import { OVERDUE_COPY } from './overdue.copy';
import { SESSION_UPCOMING_COPY } from './session-upcoming.copy';

/**
 * Copy by kind. A mapped type, so a new kind without copy fails to compile, and `NOTIFICATION_COPY[kind]` is typed
 * for that kind's params even when `kind` is generic.
 */
export type NotificationCopyTable = {
  [K in NotificationKind]: KindCopyDefinition<NotificationParamsByKind[K]>;
};

export const NOTIFICATION_COPY: NotificationCopyTable = {
  [NotificationKind.DUE_SOON]: DUE_SOON_COPY,
  [NotificationKind.OVERDUE]: OVERDUE_COPY,
  [NotificationKind.NOT_STARTED]: NOT_STARTED_COPY,
  [NotificationKind.INACTIVE]: INACTIVE_COPY,
  [NotificationKind.CERTIFICATE_EXPIRING]: CERTIFICATE_EXPIRING_COPY,
  [NotificationKind.ESCALATION_DIGEST]: ESCALATION_DIGEST_COPY,
  [NotificationKind.SESSION_UPCOMING]: SESSION_UPCOMING_COPY,
};
