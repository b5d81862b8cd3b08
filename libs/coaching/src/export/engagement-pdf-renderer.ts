import { readFileSync } from 'node:fs';
import { Injectable } from '@nestjs/common';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import type { EngagementExportData } from './engagement-export-data';
import { EXPORT_COPY, exportLocale, formatExportDate, formatExportDateTime } from './export-copy';
import { PdfTextFlow } from './pdf-text-flow';

/** The same DejaVu Sans as certificates: Latin with diacritics, Cyrillic (Macedonian too) and Albanian. */
let fontFiles: { regular: Buffer; bold: Buffer } | null = null;
function exportFonts(): { regular: Buffer; bold: Buffer } {
  fontFiles ??= {
    regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  };
  return fontFiles;
}

/** A time zone Intl knows, else UTC (a profile's zone is validated, but an export must never fail on it). */
function knownTimeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

/**
 * The coachee's export as a PDF built in memory: programme, coach, sessions (in the coachee's time zone and
 * language), shared notes and the action plan. Nothing of it is written to disk or storage.
 */
@Injectable()
export class EngagementPdfRenderer {
  async render(data: EngagementExportData): Promise<Uint8Array> {
    const locale = exportLocale(data.locale);
    const copy = EXPORT_COPY[locale];
    const timeZone = knownTimeZone(data.timeZone);
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    const files = exportFonts();
    const flow = new PdfTextFlow(doc, {
      regular: await doc.embedFont(files.regular, { subset: true }),
      bold: await doc.embedFont(files.bold, { subset: true }),
    });
    doc.setTitle(`${copy.title} — ${data.programmeName}`);
    doc.setLanguage(locale);
    doc.setCreationDate(data.exportedAt);
    doc.setModificationDate(data.exportedAt);

    flow.paragraph(copy.title, { size: 18, bold: true, primary: true, gapAfter: 8 });
    flow.paragraph(`${copy.programme}: ${data.programmeName}`);
    flow.paragraph(`${copy.coach}: ${data.coachName}`);
    flow.paragraph(`${copy.coachee}: ${data.coacheeName}`);
    flow.paragraph(`${copy.exportedOn}: ${formatExportDate(data.exportedAt, locale, timeZone)}`, {
      muted: true,
    });

    flow.heading(copy.sessions);
    if (data.sessions.length === 0) flow.paragraph(copy.none, { muted: true });
    data.sessions.forEach((session, index) => {
      const when = session.startsAt
        ? formatExportDateTime(session.startsAt, locale, timeZone)
        : copy.notScheduled;
      flow.paragraph(
        `${index + 1}. ${when} · ${session.durationMinutes} ${copy.minutes} · ${copy.sessionStates[session.state]}`,
      );
    });

    flow.heading(copy.sharedNotes);
    if (data.sharedNotes.length === 0) flow.paragraph(copy.none, { muted: true });
    for (const note of data.sharedNotes) {
      flow.paragraph(`${note.authorName} · ${formatExportDateTime(note.createdAt, locale, timeZone)}`, {
        bold: true,
        size: 9.5,
      });
      flow.paragraph(note.body, { gapAfter: 8 });
    }

    flow.heading(copy.actionPlan);
    if (data.actionItems.length === 0) flow.paragraph(copy.none, { muted: true });
    for (const item of data.actionItems) {
      const kind = item.kind === 'goal' ? copy.kinds.goal : copy.kinds.action;
      flow.paragraph(`${kind}: ${item.title}`, { bold: true });
      const due = item.dueOn
        ? ` · ${copy.due}: ${formatExportDate(new Date(`${item.dueOn}T12:00:00Z`), locale, 'UTC')}`
        : '';
      flow.paragraph(`${item.owner.displayName} · ${copy.actionStatuses[item.status]}${due}`, {
        muted: true,
        indent: 12,
      });
      for (const progress of item.progress) {
        flow.paragraph(
          `${copy.progress} (${progress.author.displayName}, ${formatExportDate(progress.createdAt, locale, timeZone)}): ${progress.text}`,
          { indent: 12 },
        );
      }
      flow.space(4);
    }
    return doc.save();
  }
}
