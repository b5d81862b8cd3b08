import { LOCALES, type Locale } from '@parity/curriculum';
import { escapeHtml } from '@parity/shared/mail';
import { LANGUAGE_NAMES, VERIFY_PAGE_COPY, type VerifyPageCopy } from './verify-page-copy';

export interface VerifiedCertificate {
  /** `participation`: a certificate of participation in a coaching programme (no course). */
  kind: 'course' | 'participation';
  holderName: string;
  courseTitle: string;
  institutionName: string;
  issuedAt: Date;
  expiresAt: Date | null;
  status: 'VALID' | 'EXPIRED' | 'REVOKED';
  revocationReason: string | null;
}

export type VerifyPageState =
  | { kind: 'found'; certificate: VerifiedCertificate }
  | { kind: 'not-found' }
  | { kind: 'rate-limited' };

/** Dates are shown as the certificate's calendar date (UTC) in the reader's language. */
const INTL_LOCALE: Record<string, string> = { cnr: 'sr-Latn-ME' };
const formatDate = (locale: Locale, date: Date): string =>
  new Intl.DateTimeFormat(INTL_LOCALE[locale] ?? locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);

const STATUS_COLOURS = { VALID: '#1b5e20', EXPIRED: '#8a4b00', REVOKED: '#b00020' } as const;

const STYLE = `body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f5f6f8;color:#1a1a1a;line-height:1.5}
main{max-width:40rem;margin:2rem auto;padding:1.5rem;background:#fff;border:1px solid #d0d4da;border-radius:8px}
h1{font-size:1.5rem;margin:0 0 1rem}.status{padding:.75rem 1rem;border-radius:6px;color:#fff;font-weight:600}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.5rem 1rem;margin:1.5rem 0}dt{font-weight:600}dd{margin:0}
nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem 1rem;font-size:.9rem}a{color:#1d4e89}
a:focus-visible,button:focus-visible{outline:3px solid #1d4e89;outline-offset:2px}.note{font-size:.85rem;color:#4a4f57}
@media print{body{background:#fff}main{border:0;margin:0}nav{display:none}.status{border:2px solid #000;color:#000!important;background:#fff!important}}`;

function body(copy: VerifyPageCopy, locale: Locale, state: VerifyPageState): string {
  if (state.kind === 'not-found')
    return `<h1>${escapeHtml(copy.notFoundTitle)}</h1><p>${escapeHtml(copy.notFound)}</p>`;
  if (state.kind === 'rate-limited')
    return `<h1>${escapeHtml(copy.limitedTitle)}</h1><p>${escapeHtml(copy.limited)}</p>`;
  const c = state.certificate;
  const status = { VALID: copy.valid, EXPIRED: copy.expired, REVOKED: copy.revoked }[c.status];
  const reason =
    c.status === 'REVOKED' && c.revocationReason
      ? `<p><strong>${escapeHtml(copy.reason)}:</strong> ${escapeHtml(c.revocationReason)}</p>`
      : '';
  const row = (term: string, value: string): string =>
    `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`;
  return `<h1>${escapeHtml(copy.title)}</h1>
<p class="status" role="status" data-status="${c.status}" style="background:${STATUS_COLOURS[c.status]}">${escapeHtml(status)}</p>${reason}
<dl>${row(copy.holder, c.holderName)}${row(c.kind === 'participation' ? copy.certificate : copy.course, c.courseTitle)}${row(copy.institution, c.institutionName)}${row(
    copy.issued,
    formatDate(locale, c.issuedAt),
  )}${row(copy.expires, c.expiresAt ? formatDate(locale, c.expiresAt) : copy.never)}</dl>`;
}

/**
 * The public verification page: plain HTML and a little inline CSS, no script (it loads fast on any phone and
 * prints cleanly), in the reader's language with links to the other seven.
 */
export function renderVerifyPage(locale: Locale, path: string, state: VerifyPageState): string {
  const copy = VERIFY_PAGE_COPY[locale];
  const links = LOCALES.map((other) =>
    other === locale
      ? `<li><strong aria-current="true" lang="${other}">${escapeHtml(LANGUAGE_NAMES[other])}</strong></li>`
      : `<li><a href="${escapeHtml(`${path}?lang=${other}`)}" lang="${other}" hreflang="${other}">${escapeHtml(LANGUAGE_NAMES[other])}</a></li>`,
  ).join('');
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(copy.title)} · Parity</title><style>${STYLE}</style></head>
<body><main>${body(copy, locale, state)}
<p class="note">${escapeHtml(copy.note)}</p>
<nav aria-label="${escapeHtml(copy.language)}"><ul>${links}</ul></nav></main></body></html>`;
}
