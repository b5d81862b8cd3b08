import { escapeHtml, type EmailAttachment } from '@parity/shared/mail';
import { renderCalendarInvite, type CalendarPerson } from './calendar-invite';
import { createCopyFormat } from './copy-format';
import { EMAIL_COPY } from './email.copy';
import { resolveNotificationLocale } from './notification-locale';
import {
  SESSION_INVITATION_COPY,
  type SessionInvitationKind,
  type SessionInvitationParams,
} from './session-invitation.copy';

export interface SessionInvitationEmailInput {
  kind: SessionInvitationKind;
  params: SessionInvitationParams;
  /** The recipient's language and zone: the message and the event title follow them. */
  locale: string;
  timeZone: string;
  recipientName: string;
  /** The session's page. */
  actionUrl: string;
  calendar: {
    /** The same for every message about one session, so calendars replace the event instead of adding one. */
    uid: string;
    sequence: number;
    organizer: CalendarPerson;
    attendees: CalendarPerson[];
    now: Date;
  };
}

export interface SessionInvitationEmail {
  subject: string;
  text: string;
  html: string;
  /** The iTIP message: REQUEST for a booking or a move, CANCEL for a cancellation. */
  invitation: EmailAttachment;
}

const BUTTON =
  'display:inline-block;padding:10px 16px;background:#1d4e89;color:#fff;text-decoration:none;border-radius:4px';

/**
 * The e-mail that goes to each of the pair when a session is booked, moved or cancelled, with its `.ics`. Plain
 * text and HTML say the same; every value is escaped in HTML. The calendar event's description repeats the
 * message and the link, so the calendar entry alone is enough to find the session. The agenda and a cancellation's
 * reason stay in Parity (behind the link): e-mail passes through servers and outboxes that are not the pair's.
 */
export function renderSessionInvitationEmail(input: SessionInvitationEmailInput): SessionInvitationEmail {
  const locale = resolveNotificationLocale(input.locale);
  const copy = SESSION_INVITATION_COPY[locale];
  const format = createCopyFormat(locale, input.timeZone);
  const { params } = input;
  const subject = copy.subject[input.kind](params, format);
  const message = copy.message[input.kind](params, format);
  const details: [string, string][] = [
    ...(params.place ? [[copy.place, params.place] as [string, string]] : []),
  ];
  const text = [
    EMAIL_COPY[locale].greeting(input.recipientName),
    '',
    message,
    ...details.map(([label, value]) => `${label}: ${value}`),
    '',
    copy.calendarNote,
    '',
    `${copy.action}: ${input.actionUrl}`,
  ].join('\n');
  const html = `<!doctype html><html lang="${escapeHtml(locale)}"><body style="font-family:sans-serif;line-height:1.5">
<p>${escapeHtml(EMAIL_COPY[locale].greeting(input.recipientName))}</p>
<p>${escapeHtml(message)}</p>
${details.map(([label, value]) => `<p><strong>${escapeHtml(label)}:</strong> ${escapeHtml(value).replace(/\r?\n/g, '<br>')}</p>\n`).join('')}<p>${escapeHtml(copy.calendarNote)}</p>
<p><a href="${escapeHtml(input.actionUrl)}" style="${BUTTON}">${escapeHtml(copy.action)}</a></p>
</body></html>`;
  const method = input.kind === 'cancelled' ? 'CANCEL' : 'REQUEST';
  const content = renderCalendarInvite({
    uid: input.calendar.uid,
    sequence: input.calendar.sequence,
    method,
    startsAt: new Date(params.startsAt),
    durationMinutes: params.durationMinutes,
    summary: copy.summary(params),
    description: [message, input.actionUrl].join('\n\n'),
    location: params.place,
    organizer: input.calendar.organizer,
    attendees: input.calendar.attendees,
    timeZone: input.timeZone,
    now: input.calendar.now,
  });
  return {
    subject,
    text,
    html,
    invitation: {
      filename: input.kind === 'cancelled' ? 'cancel.ics' : 'invite.ics',
      contentType: `text/calendar; method=${method}`,
      content,
    },
  };
}
