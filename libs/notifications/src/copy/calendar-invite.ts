import { escapeIcalText, foldIcalLine, formatIcalUtc, quoteIcalParam } from './ical-text';

export interface CalendarPerson {
  name: string;
  email: string;
}

export interface CalendarInviteInput {
  /** Stable per session, so an update or a cancellation replaces the event instead of adding one. */
  uid: string;
  /** Raised on every change to the session; clients ignore a message whose sequence is not newer. */
  sequence: number;
  method: 'REQUEST' | 'CANCEL';
  startsAt: Date;
  durationMinutes: number;
  summary: string;
  description: string;
  location: string;
  organizer: CalendarPerson;
  attendees: CalendarPerson[];
  /** The recipient's zone: named in the description only, since the times themselves are UTC. */
  timeZone: string;
  now: Date;
}

/** Rejects what could break out of a `mailto:` value; addresses are validated upstream, so this means a bug. */
function mailto(email: string): string {
  if (/[\s;:,"<>]/.test(email)) {
    throw new RangeError(`Not a usable e-mail address for a calendar invitation: ${JSON.stringify(email)}`);
  }
  return `mailto:${email}`;
}

/**
 * "Europe/Belgrade: 2026-11-30 17:00–18:00 (GMT+1)": language-neutral, so it can follow a description written
 * in any of Parity's languages, and tells the reader which zone the reminders used.
 */
function localTimeLine(start: Date, end: Date, timeZone: string): string {
  const parts = (date: Date): Record<string, string> =>
    Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', {
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZone,
        timeZoneName: 'shortOffset',
      })
        .formatToParts(date)
        .map((part) => [part.type, part.value]),
    );
  const from = parts(start);
  const to = parts(end);
  return `${timeZone}: ${from.year}-${from.month}-${from.day} ${from.hour}:${from.minute}–${to.hour}:${to.minute} (${from.timeZoneName})`;
}

/**
 * An RFC 5545 iTIP message (.ics) for a coaching session: REQUEST to create or update it, CANCEL to remove it.
 * Times are UTC, lines are escaped, folded at 75 octets and end in CRLF, as strict clients (Outlook) require.
 */
export function renderCalendarInvite(input: CalendarInviteInput): string {
  const end = new Date(input.startsAt.getTime() + input.durationMinutes * 60_000);
  const description = `${input.description}\n\n${localTimeLine(input.startsAt, end, input.timeZone)}`;
  const lines = [
    'BEGIN:VCALENDAR',
    'PRODID:-//Parity//Coaching//EN',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `METHOD:${input.method}`,
    'BEGIN:VEVENT',
    `UID:${escapeIcalText(input.uid)}`,
    `SEQUENCE:${input.sequence}`,
    `DTSTAMP:${formatIcalUtc(input.now)}`,
    `DTSTART:${formatIcalUtc(input.startsAt)}`,
    `DTEND:${formatIcalUtc(end)}`,
    `SUMMARY:${escapeIcalText(input.summary)}`,
    `DESCRIPTION:${escapeIcalText(description)}`,
    `LOCATION:${escapeIcalText(input.location)}`,
    `ORGANIZER;CN=${quoteIcalParam(input.organizer.name)}:${mailto(input.organizer.email)}`,
    ...input.attendees.map(
      (attendee) =>
        `ATTENDEE;CN=${quoteIcalParam(attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:` +
        mailto(attendee.email),
    ),
    `STATUS:${input.method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldIcalLine).join('\r\n') + '\r\n';
}
