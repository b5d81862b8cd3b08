import pdfParse from 'pdf-parse/lib/pdf-parse.js';
import { LOCALES } from '@parity/curriculum';
import { ActionItemStatus } from '../action/action-item-status.enum';
import { SessionState } from '../session/session-state.enum';
import type { EngagementExportData } from './engagement-export-data';
import { EngagementPdfRenderer } from './engagement-pdf-renderer';
import { EXPORT_COPY } from './export-copy';

const data = (locale: string): EngagementExportData => ({
  programmeName: 'Gender Coach Programme 2027',
  coachName: 'Ана Петровска',
  coacheeName: 'Drita Krasniqi',
  locale,
  timeZone: 'Europe/Skopje',
  exportedAt: new Date('2027-03-20T10:00:00Z'),
  sessions: [
    { state: SessionState.HELD, startsAt: new Date('2027-03-14T09:00:00Z'), durationMinutes: 60 },
    { state: SessionState.PROPOSED, startsAt: null, durationMinutes: 45 },
  ],
  sharedNotes: [
    {
      authorName: 'Ана Петровска',
      createdAt: new Date('2027-03-14T10:05:00Z'),
      body: `Agreed: ${'practise the briefing '.repeat(60)}\nSecond line — ђ ѓ ќ ë ç`,
    },
  ],
  actionItems: [
    {
      id: 'a1',
      engagementId: 'e1',
      kind: 'goal',
      title: 'Lead the unit’s gender analysis',
      owner: { id: 'u2', displayName: 'Drita Krasniqi' },
      dueOn: '2027-05-31',
      status: ActionItemStatus.IN_PROGRESS,
      createdAt: new Date('2027-03-14T10:10:00Z'),
      progress: [
        {
          id: 'p1',
          author: { id: 'u2', displayName: 'Drita Krasniqi' },
          text: 'Drafted the outline',
          createdAt: new Date('2027-03-18T08:00:00Z'),
        },
      ],
    },
  ],
});

const text = async (bytes: Uint8Array): Promise<string> =>
  (await pdfParse(Buffer.from(bytes))).text.replace(/\s+/g, ' ');

describe('EngagementPdfRenderer: the coachee’s export', () => {
  const renderer = new EngagementPdfRenderer();

  it.each(LOCALES)(
    'sets the headings in %s, with the sessions, the shared note and the plan',
    async (locale) => {
      const copy = EXPORT_COPY[locale];
      const content = await text(await renderer.render(data(locale)));
      for (const heading of [copy.title, copy.sessions, copy.sharedNotes, copy.actionPlan]) {
        expect(content).toContain(heading);
      }
      expect(content).toContain(copy.sessionStates.held);
      expect(content).toContain(copy.actionStatuses.in_progress);
      expect(content).toContain('Ана Петровска');
      expect(content).toContain('Lead the unit’s gender analysis');
      expect(content).toContain('Drafted the outline');
      expect(content).toContain('ђ ѓ ќ ë ç');
    },
  );

  it('writes times in the coachee’s time zone (09:00 UTC is 10:00 in Skopje in March)', async () => {
    const content = await text(await renderer.render(data('en')));
    expect(content).toContain('10:00');
    expect(content).toContain('Europe/Skopje');
  });

  it('wraps a long note over lines and pages instead of cutting it off', async () => {
    const long = data('en');
    long.sharedNotes = Array.from({ length: 12 }, (_, i) => ({
      ...long.sharedNotes[0]!,
      body: `Note ${i} ${'word '.repeat(400)}END${i}`,
    }));
    const parsed = await pdfParse(Buffer.from(await renderer.render(long)));
    expect(parsed.numpages).toBeGreaterThan(2);
    expect(parsed.text).toContain('END11');
  });

  it('says so when there is nothing yet', async () => {
    const empty = { ...data('sq'), sessions: [], sharedNotes: [], actionItems: [] };
    const content = await text(await renderer.render(empty));
    expect(content.split(EXPORT_COPY.sq.none).length - 1).toBe(3);
  });
});
