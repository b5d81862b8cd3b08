import { escapeHtml } from '@parity/shared/mail';
import { certificateEmailCopy } from './certificate-email-copy';

/** Intl locale for dates: Montenegrin formats like Serbian Latin where the runtime lacks `cnr`. */
const INTL_LOCALE: Record<string, string> = { cnr: 'sr-Latn-ME' };

export interface CertificateEmailInput {
  locale: string;
  timeZone: string;
  holderName: string;
  /** `participation`: a certificate of participation, `courseTitle` then being the coaching programme's name. */
  kind?: 'course' | 'participation';
  courseTitle: string;
  institutionName: string;
  expiresAt: Date | null;
  verificationUrl: string;
  certificatesUrl: string;
}

/** The e-mail that tells a learner their certificate is ready, in their language, dates in their time zone. */
export function renderCertificateEmail(input: CertificateEmailInput): {
  subject: string;
  text: string;
  html: string;
} {
  const copy = certificateEmailCopy(input.locale);
  const expiry = input.expiresAt
    ? copy.validUntil(
        new Intl.DateTimeFormat(INTL_LOCALE[input.locale] ?? input.locale, {
          dateStyle: 'long',
          timeZone: input.timeZone,
        }).format(input.expiresAt),
      )
    : '';
  const body =
    input.kind === 'participation'
      ? copy.participationBody(input.courseTitle, input.institutionName)
      : copy.body(input.courseTitle, input.institutionName);
  const text = [
    copy.greeting(input.holderName),
    '',
    [body, expiry].filter(Boolean).join(' '),
    '',
    `${copy.verify}: ${input.verificationUrl}`,
    `${copy.mine}: ${input.certificatesUrl}`,
  ].join('\n');
  const html = `<!doctype html><html lang="${escapeHtml(input.locale)}"><body style="font-family:sans-serif;line-height:1.5">
<p>${escapeHtml(copy.greeting(input.holderName))}</p>
<p>${escapeHtml(body)} ${escapeHtml(expiry)}</p>
<p>${escapeHtml(copy.verify)}: <a href="${escapeHtml(input.verificationUrl)}">${escapeHtml(input.verificationUrl)}</a></p>
<p><a href="${escapeHtml(input.certificatesUrl)}" style="display:inline-block;padding:10px 16px;background:#1d4e89;color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(copy.mine)}</a></p>
</body></html>`;
  return { subject: copy.subject(input.courseTitle), text, html };
}
