import type { Locale } from '@parity/curriculum';
import type { ReportCellType } from '../dto/report-cell.type';
import type { ReportType } from '../dto/report.type';
import { reportCopy } from '../labels/report-labels';
import type { ReportFormat } from './report-format';

const BOM = '\uFEFF';

const quote = (text: string): string => (/[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** A suppressed cell reads "<5" (the threshold); a cell without data is empty. */
const figure = (cell: ReportCellType, report: ReportType): string => {
  if (cell.suppressed) return `<${report.minCellSize}`;
  return cell.value === null ? '' : String(cell.value);
};

/**
 * The report as CSV for spreadsheets: UTF-8 with a byte-order mark (Excel), headers and labels in the report's
 * language, the same suppression as the API. One dimension: label, value, people. Two: a cross-table of values with
 * a total column and a total row.
 */
export function reportCsv(report: ReportType): string {
  const copy = reportCopy(report.locale as Locale);
  const lines: string[][] = [];
  const [rowName, columnName] = report.dimensionLabels;
  if (report.dimensions.length < 2) {
    lines.push([rowName ?? '', report.measureLabel, copy.people]);
    const people = (cell: ReportCellType): string =>
      cell.suppressed ? `<${report.minCellSize}` : String(cell.people ?? '');
    for (const row of report.rows) lines.push([row.key.label, figure(row.total, report), people(row.total)]);
    lines.push([copy.total, figure(report.grandTotal, report), people(report.grandTotal)]);
  } else {
    lines.push([
      `${report.measureLabel}: ${rowName} / ${columnName}`,
      ...report.columns.map((c) => c.label),
      copy.total,
    ]);
    for (const row of report.rows) {
      lines.push([
        row.key.label,
        ...row.cells.map((cell) => figure(cell, report)),
        figure(row.total, report),
      ]);
    }
    lines.push([
      copy.total,
      ...report.columnTotals.map((cell) => figure(cell, report)),
      figure(report.grandTotal, report),
    ]);
  }
  return BOM + lines.map((line) => line.map(quote).join(',')).join('\r\n') + '\r\n';
}

export const CSV_FORMAT: ReportFormat = {
  contentType: 'text/csv; charset=utf-8',
  extension: 'csv',
  render: (report) => Buffer.from(reportCsv(report), 'utf8'),
};
