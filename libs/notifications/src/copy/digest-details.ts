import { escapeHtml } from '@parity/shared/mail';
import type { CopyFormat } from './copy-format';
import type { EmailCopy } from './email.copy';
import { MAX_DIGEST_ITEMS, type EscalationDigestParams } from './notification-params';

/** A block of an e-mail below its message, in both of the e-mail's forms. */
export interface EmailDetails {
  text: string;
  html: string;
}

const CELL = 'style="padding:4px 8px;border-bottom:1px solid #ddd;text-align:left"';

/**
 * The digest's overdue assignments: a table in HTML and one line each in text. Capped at `MAX_DIGEST_ITEMS`
 * whatever the caller passes, with a "…and N more" line, because a 500-row e-mail is read by nobody.
 */
export function renderDigestDetails(
  params: EscalationDigestParams,
  format: CopyFormat,
  copy: EmailCopy,
): EmailDetails {
  const listed = params.items.slice(0, MAX_DIGEST_ITEMS);
  const hidden = Math.max(params.total, params.items.length) - listed.length;
  const rows = listed.map((item) => ({
    person: item.personName,
    course: item.courseTitle,
    dueAt: format.dateTime(item.dueAt),
    overdue: format.days(item.overdueDays),
  }));
  const headers = copy.digestHeaders;
  const more = hidden > 0 ? copy.digestMore(hidden) : '';
  const text = rows
    .map(
      (row) =>
        `- ${row.person} — ${row.course} — ${headers.dueAt}: ${row.dueAt} — ${headers.overdue}: ${row.overdue}`,
    )
    .concat(more ? [more] : [])
    .join('\n');
  const headerCells = [headers.person, headers.course, headers.dueAt, headers.overdue]
    .map((header) => `<th ${CELL}>${escapeHtml(header)}</th>`)
    .join('');
  const bodyRows = rows
    .map(
      (row) =>
        `<tr>${[row.person, row.course, row.dueAt, row.overdue]
          .map((cell) => `<td ${CELL}>${escapeHtml(cell)}</td>`)
          .join('')}</tr>`,
    )
    .join('\n');
  const html =
    `<table style="border-collapse:collapse;font-size:14px">\n<thead><tr>${headerCells}</tr></thead>\n` +
    `<tbody>\n${bodyRows}\n</tbody>\n</table>` +
    (more ? `\n<p>${escapeHtml(more)}</p>` : '');
  return { text, html };
}
