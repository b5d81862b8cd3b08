import { escapeHtml } from '@parity/shared/mail';
import { createCopyFormat } from './copy-format';
import { EMAIL_COPY } from './email.copy';
import { EMAIL_DETAILS } from './email-details-table';
import { NOTIFICATION_COPY } from './notification-copy-table';
import type { NotificationKind } from './notification-kind';
import { resolveNotificationLocale } from './notification-locale';
import type { NotificationParamsOf } from './notification-params';

export interface NotificationEmailInput<K extends NotificationKind> {
  kind: K;
  params: NotificationParamsOf<K>;
  locale: string;
  timeZone: string;
  recipientName: string;
  /** The page to act on: the enrolment, the certificates page, the session or the institution overview. */
  actionUrl: string;
  /** One click to the person's notification settings, so reminders never feel impossible to turn down. */
  settingsUrl: string;
}

export interface NotificationEmail {
  subject: string;
  text: string;
  html: string;
}

const BUTTON =
  'display:inline-block;padding:10px 16px;background:#1d4e89;color:#fff;text-decoration:none;border-radius:4px';

/**
 * A reminder e-mail: the in-app message (untruncated, since mail has room) with a greeting, a button to act, any
 * kind-specific details and a settings footer. Plain text and HTML say the same; every value is escaped in HTML.
 */
export function renderNotificationEmail<K extends NotificationKind>(
  input: NotificationEmailInput<K>,
): NotificationEmail {
  const locale = resolveNotificationLocale(input.locale);
  const copy = NOTIFICATION_COPY[input.kind].locales[locale];
  const email = EMAIL_COPY[locale];
  const format = createCopyFormat(locale, input.timeZone);
  const subject = copy.title(input.params, format);
  const message = copy.body(input.params, format);
  const details = EMAIL_DETAILS[input.kind]?.(input.params, format, email);
  const text = [
    email.greeting(input.recipientName),
    '',
    message,
    ...(details ? ['', details.text] : []),
    '',
    `${copy.action}: ${input.actionUrl}`,
    '',
    '—',
    `${email.settings}: ${input.settingsUrl}`,
  ].join('\n');
  const html = `<!doctype html><html lang="${escapeHtml(locale)}"><body style="font-family:sans-serif;line-height:1.5">
<p>${escapeHtml(email.greeting(input.recipientName))}</p>
<p>${escapeHtml(message)}</p>
${details ? `${details.html}\n` : ''}<p><a href="${escapeHtml(input.actionUrl)}" style="${BUTTON}">${escapeHtml(copy.action)}</a></p>
<p style="font-size:12px;color:#555;border-top:1px solid #ddd;padding-top:8px"><a href="${escapeHtml(input.settingsUrl)}" style="color:#555">${escapeHtml(email.settings)}</a></p>
</body></html>`;
  return { subject, text, html };
}
