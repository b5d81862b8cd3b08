import { MAX_LINE_OCTETS } from './ical-text';
import { renderCalendarInvite, type CalendarInviteInput } from './calendar-invite';

/** ical.js is not a dependency of the repository, so the specs unfold and read the lines themselves. */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n');
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, char: string) => (char.toLowerCase() === 'n' ? '\n' : char));
}

const CYRILLIC =
  'Сесија о родној равноправности у систему одбране; разговор о акционом плану, напретку и следећим корацима.\nПонесите белешке.';

const INPUT: CalendarInviteInput = {
  uid: 'session-42@parity.test',
  sequence: 0,
  method: 'REQUEST',
  startsAt: new Date('2026-11-30T16:00:00Z'),
  durationMinutes: 45,
  summary: 'Coaching: Ana, Marko',
  description: 'Action plan review',
  location: 'https://meet.example.org/parity-42',
  organizer: { name: 'Parity', email: 'noreply@parity.test' },
  attendees: [
    { name: 'Ana Anić', email: 'ana@mod.example' },
    { name: 'Petrović, Marko "Coach"', email: 'marko@mod.example' },
  ],
  timeZone: 'Europe/Belgrade',
  now: new Date('2026-11-01T09:15:30.123Z'),
};

describe('renderCalendarInvite', () => {
  it('writes a REQUEST with UTC times, escaped text and CRLF line endings', () => {
    const ics = renderCalendarInvite(INPUT);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(unfold(ics)).toEqual([
      'BEGIN:VCALENDAR',
      'PRODID:-//Parity//Coaching//EN',
      'VERSION:2.0',
      'CALSCALE:GREGORIAN',
      'METHOD:REQUEST',
      'BEGIN:VEVENT',
      'UID:session-42@parity.test',
      'SEQUENCE:0',
      'DTSTAMP:20261101T091530Z',
      'DTSTART:20261130T160000Z',
      'DTEND:20261130T164500Z',
      'SUMMARY:Coaching: Ana\\, Marko',
      'DESCRIPTION:Action plan review\\n\\nEurope/Belgrade: 2026-11-30 17:00–17:45 (GMT+1)',
      'LOCATION:https://meet.example.org/parity-42',
      'ORGANIZER;CN="Parity":mailto:noreply@parity.test',
      'ATTENDEE;CN="Ana Anić";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ana@mod.example',
      'ATTENDEE;CN="Petrović, Marko ^\'Coach^\'";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:marko@mod.example',
      'STATUS:CONFIRMED',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('cancels with METHOD:CANCEL, STATUS:CANCELLED and the given sequence', () => {
    const lines = unfold(renderCalendarInvite({ ...INPUT, method: 'CANCEL', sequence: 3 }));
    expect(lines).toEqual(expect.arrayContaining(['METHOD:CANCEL', 'SEQUENCE:3', 'STATUS:CANCELLED']));
    expect(lines).not.toContain('STATUS:CONFIRMED');
  });

  it('folds Cyrillic text at 75 octets without splitting a character, and unfolds to the original', () => {
    const ics = renderCalendarInvite({ ...INPUT, description: CYRILLIC, summary: 'Коучинг; Ана\\Марко' });
    const physical = ics.split('\r\n');
    for (const line of physical) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(MAX_LINE_OCTETS);
      expect(line).not.toContain('\uFFFD');
    }
    expect(physical.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(2);
    const lines = unfold(ics);
    const description = lines.find((line) => line.startsWith('DESCRIPTION:')) ?? '';
    expect(unescapeText(description.slice('DESCRIPTION:'.length))).toBe(
      `${CYRILLIC}\n\nEurope/Belgrade: 2026-11-30 17:00–17:45 (GMT+1)`,
    );
    expect(lines).toContain('SUMMARY:Коучинг\\; Ана\\\\Марко');
  });

  it('refuses an e-mail address that would break out of the mailto value', () => {
    expect(() =>
      renderCalendarInvite({ ...INPUT, attendees: [{ name: 'X', email: 'x@y.test\r\nMETHOD:CANCEL' }] }),
    ).toThrow(RangeError);
  });
});
