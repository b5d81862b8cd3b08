import { NOTIFICATION_LOCALES } from './notification-locale';
import { renderSessionInvitationEmail, type SessionInvitationEmailInput } from './session-invitation-email';
import type { SessionInvitationKind } from './session-invitation.copy';

const input = (
  kind: SessionInvitationKind,
  overrides: Partial<SessionInvitationEmailInput> = {},
): SessionInvitationEmailInput => ({
  kind,
  params: {
    otherPersonName: 'Jovana <Petrović>',
    startsAt: '2026-12-15T09:00:00.000Z',
    previousStartsAt: kind === 'rescheduled' ? '2026-12-14T09:00:00.000Z' : null,
    durationMinutes: 45,
    place: 'https://meet.example.org/s?a=1&b=2',
  },
  locale: 'en',
  timeZone: 'Europe/Skopje',
  recipientName: 'Marko',
  actionUrl: 'http://parity.test/coaching/sessions/s-1',
  calendar: {
    uid: 's-1@parity.test',
    sequence: kind === 'booked' ? 0 : 1,
    organizer: { name: 'Jovana', email: 'jovana@mod.example' },
    attendees: [{ name: 'Marko', email: 'marko@mod.example' }],
    now: new Date('2026-12-01T10:00:00Z'),
  },
  ...overrides,
});

describe('session invitation e-mails', () => {
  it.each(
    NOTIFICATION_LOCALES.flatMap((locale) =>
      (['booked', 'rescheduled', 'cancelled'] as const).map((kind) => [locale, kind] as const),
    ),
  )('writes %s copy for a %s session, with the time in the recipient’s zone', (locale, kind) => {
    const email = renderSessionInvitationEmail(input(kind, { locale }));
    expect(email.subject).toContain('Jovana <Petrović>');
    // 09:00 UTC is 10:00 in Skopje in December.
    expect(email.text).toContain('10:00');
    expect(email.text).toContain('http://parity.test/coaching/sessions/s-1');
    expect(email.invitation.contentType).toBe(
      `text/calendar; method=${kind === 'cancelled' ? 'CANCEL' : 'REQUEST'}`,
    );
  });

  it('says different things in different languages', () => {
    const subjects = NOTIFICATION_LOCALES.map(
      (locale) => renderSessionInvitationEmail(input('booked', { locale })).subject,
    );
    expect(new Set(subjects).size).toBeGreaterThanOrEqual(6);
  });

  it('escapes every value in HTML', () => {
    const booked = renderSessionInvitationEmail(input('booked', { recipientName: 'Marko <b>' }));
    expect(booked.html).toContain('Marko &lt;b&gt;');
    expect(booked.html).toContain('https://meet.example.org/s?a=1&amp;b=2');
    expect(booked.html).not.toContain('<b>');
  });

  it('attaches an iTIP message with the session’s UID and sequence', () => {
    const { invitation } = renderSessionInvitationEmail(input('rescheduled'));
    expect(invitation.filename).toBe('invite.ics');
    expect(invitation.content).toContain('METHOD:REQUEST\r\n');
    expect(invitation.content).toContain('UID:s-1@parity.test\r\n');
    expect(invitation.content).toContain('SEQUENCE:1\r\n');
    expect(invitation.content).toContain('DTSTART:20261215T090000Z\r\n');
  });
});
