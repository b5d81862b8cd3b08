import { PDFDocument } from 'pdf-lib';
import type { ReportType } from '../dto/report.type';
import { exportCopy, fill } from './export-copy';
import { drawBarChart } from './pdf-bar-chart';
import { embedReportFonts } from './pdf-fonts';
import { A4, MARGIN, MUTED, PRIMARY, PdfFlow } from './pdf-flow';
import { drawTable } from './pdf-table';
import { fitText } from './pdf-text';
import type { ReportExportContext, ReportFormat } from './report-format';
import { reportGrid } from './report-grid';
import { gridWords, reportFacts, reportTitle, suppressionNotes } from './report-summary-lines';

/** Wide cross-tables turn the page sideways. */
const LANDSCAPE_FROM_COLUMNS = 7;

function drawHeading(flow: PdfFlow, report: ReportType, context: ReportExportContext): void {
  const copy = exportCopy(report.locale);
  flow.paragraph(copy.summaryTitle, { size: 9, color: MUTED });
  flow.paragraph(reportTitle(report), { size: 16, bold: true, color: PRIMARY });
  flow.gap(4);
  for (const [label, text] of reportFacts(report, context)) flow.paragraph(`${label}: ${text}`, { size: 9 });
  flow.gap(10);
}

/** "Page 1 of 3" and the title at the foot of every page, once the page count is known. */
function drawFooters(doc: PDFDocument, flow: PdfFlow, report: ReportType): void {
  const pages = doc.getPages();
  const { regular } = flow.fonts;
  const title = fitText(regular, reportTitle(report), 7, flow.width * 0.7);
  pages.forEach((page, index) => {
    const text = fill(exportCopy(report.locale).page, index + 1, pages.length);
    const width = regular.widthOfTextAtSize(text, 7);
    page.drawText(title, { x: MARGIN, y: MARGIN - 12, size: 7, font: regular, color: MUTED });
    page.drawText(text, {
      x: page.getWidth() - MARGIN - width,
      y: MARGIN - 12,
      size: 7,
      font: regular,
      color: MUTED,
    });
  });
}

/**
 * A printable A4 summary of a report: title, generation time in the viewer's language and zone, filters in words,
 * the table (over as many pages as needed, header repeated), a bar chart of the row totals with suppressed totals
 * hatched, and what "<5" means. Fonts cover Latin, Serbian and Macedonian Cyrillic and Albanian.
 */
export async function reportPdf(report: ReportType, context: ReportExportContext): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const fonts = await embedReportFonts(doc);
  const grid = reportGrid(report, gridWords(report));
  const landscape = grid.headers.length >= LANDSCAPE_FROM_COLUMNS;
  const flow = new PdfFlow(doc, fonts, landscape ? [A4[1], A4[0]] : A4);
  doc.setTitle(reportTitle(report), { showInWindowTitleBar: true });
  doc.setLanguage(report.locale);
  doc.setCreator('Parity');
  doc.setCreationDate(context.generatedAt);
  doc.setModificationDate(context.generatedAt);

  drawHeading(flow, report, context);
  drawTable(flow, report, grid);
  if (report.dimensions.length > 0) {
    flow.gap(16);
    flow.ensure(40);
    flow.paragraph(`${report.measureLabel} — ${report.dimensionLabels[0] ?? ''}`, { size: 11, bold: true });
    flow.gap(4);
    drawBarChart(flow, report);
  }
  flow.gap(12);
  flow.ensure(60);
  flow.paragraph(exportCopy(report.locale).suppressionTitle, { size: 11, bold: true });
  for (const note of suppressionNotes(report)) flow.paragraph(note, { size: 9 });
  drawFooters(doc, flow, report);

  const bytes = await doc.save();
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export const PDF_SUMMARY_FORMAT: ReportFormat = {
  contentType: 'application/pdf',
  extension: 'pdf',
  describesFilters: true,
  render: reportPdf,
};
