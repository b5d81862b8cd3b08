import type { CopyFormat } from './copy-format';
import { renderDigestDetails, type EmailDetails } from './digest-details';
import type { EmailCopy } from './email.copy';
import { NotificationKind } from './notification-kind';
import type { NotificationParamsByKind } from './notification-params';

/**
 * Kinds whose e-mail carries more than the in-app message (today only the digest's list). A mapped type so the
 * renderer looks the block up by a generic kind without narrowing params by hand.
 */
export type EmailDetailsTable = {
  [K in NotificationKind]?: (
    params: NotificationParamsByKind[K],
    format: CopyFormat,
    copy: EmailCopy,
  ) => EmailDetails;
};

export const EMAIL_DETAILS: EmailDetailsTable = {
  [NotificationKind.ESCALATION_DIGEST]: renderDigestDetails,
};
