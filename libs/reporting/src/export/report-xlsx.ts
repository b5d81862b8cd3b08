import ExcelJS from 'exceljs';
import type { ReportType } from '../dto/report.type';
import { exportCopy } from './export-copy';
import type { ReportExportContext, ReportFormat } from './report-format';
import { decimalsOf, figureOf, reportGrid, suppressedText, type GridEntry } from './report-grid';
import { filtersText, gridWords, reportFacts, reportTitle, suppressionNotes } from './report-summary-lines';
import { sheetName } from './sheet-name';

/** Title, filters, a blank line: the header row is the fourth. */
const HEADER_ROW = 4;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } };

const width = (texts: string[], min: number, max: number): number =>
  Math.min(max, Math.max(min, ...texts.map((text) => [...text].length + 2)));

/** Rates and averages with two decimals, counts and people as whole numbers. */
const numberFormat = (report: ReportType, entry: GridEntry): string =>
  decimalsOf(entry, report) ? '0.00' : '0';

function addTable(workbook: ExcelJS.Workbook, report: ReportType, context: ReportExportContext): void {
  const grid = reportGrid(report, gridWords(report));
  const sheet = workbook.addWorksheet(sheetName(report.measureLabel), {
    views: [{ state: 'frozen', xSplit: 1, ySplit: HEADER_ROW }],
  });
  sheet.getCell(1, 1).value = reportTitle(report);
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(2, 1).value = `${exportCopy(report.locale).filters}: ${filtersText(report, context)}`;
  const header = sheet.getRow(HEADER_ROW);
  header.values = [grid.corner, ...grid.headers];
  header.font = { bold: true };
  header.eachCell((cell) => (cell.fill = HEADER_FILL));
  grid.rows.forEach((row, index) => {
    const line = sheet.getRow(HEADER_ROW + 1 + index);
    line.getCell(1).value = row.label;
    row.entries.forEach((entry, column) => {
      const cell = line.getCell(column + 2);
      const figure = figureOf(entry);
      if (entry.cell.suppressed) {
        cell.value = suppressedText(report);
        cell.alignment = { horizontal: 'right' };
      } else if (figure !== null) {
        cell.value = figure;
        cell.numFmt = numberFormat(report, entry);
      }
      if (grid.totalColumn && column === row.entries.length - 1) cell.font = { bold: true };
    });
    if (row.total) line.font = { bold: true };
  });
  sheet.getColumn(1).width = width([grid.corner, ...grid.rows.map((row) => row.label)], 12, 50);
  grid.headers.forEach((text, index) => (sheet.getColumn(index + 2).width = width([text], 10, 30)));
}

function addAbout(workbook: ExcelJS.Workbook, report: ReportType, context: ReportExportContext): void {
  const copy = exportCopy(report.locale);
  const sheet = workbook.addWorksheet(sheetName(copy.aboutSheet, 'About'));
  sheet.addRow([copy.aboutTitle]).font = { bold: true, size: 14 };
  for (const [label, text] of reportFacts(report, context))
    sheet.addRow([label, text]).getCell(1).font = { bold: true };
  sheet.addRow([]);
  sheet.addRow([copy.suppressionTitle]).font = { bold: true };
  for (const note of suppressionNotes(report)) sheet.addRow([note]);
  sheet.getColumn(1).width = 24;
  sheet.getColumn(2).width = 80;
  sheet.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
}

/**
 * The report as an Excel workbook: a sheet with the title, the filters and the table (labels in the report's
 * language, figures as numbers, suppressed figures as the CSV's "<5", header and first column frozen), and a
 * second sheet explaining suppression and when the file was made.
 */
export async function reportXlsx(report: ReportType, context: ReportExportContext): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Parity';
  workbook.created = context.generatedAt;
  workbook.modified = context.generatedAt;
  addTable(workbook, report, context);
  addAbout(workbook, report, context);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const XLSX_FORMAT: ReportFormat = {
  contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  extension: 'xlsx',
  describesFilters: true,
  render: reportXlsx,
};
