import type { Locale } from '@parity/curriculum';
import type { ReportType } from '../dto/report.type';
import { reportCopy } from '../labels/report-labels';
import type { ReportFormat } from './report-format';
import { figureText, reportGrid } from './report-grid';

const BOM = '\uFEFF';

/** A label a spreadsheet would run as a formula (a unit named "=HYPERLINK(…)") starts with an apostrophe; numbers stay. */
const inert = (text: string): string =>
  /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
const quote = (raw: string): string => {
  const text = inert(raw);
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * The report as CSV for spreadsheets: UTF-8 with a byte-order mark (Excel), headers and labels in the report's
 * language, the same suppression as the API ("<5" for a hidden figure, nothing for a figure without data). One
 * dimension: label, value, people. Two: a cross-table of values with a total column and a total row.
 */
export function reportCsv(report: ReportType): string {
  const grid = reportGrid(report, reportCopy(report.locale as Locale));
  const lines = [
    [grid.corner, ...grid.headers],
    ...grid.rows.map((row) => [row.label, ...row.entries.map((entry) => figureText(entry, report))]),
  ];
  return BOM + lines.map((line) => line.map(quote).join(',')).join('\r\n') + '\r\n';
}

export const CSV_FORMAT: ReportFormat = {
  contentType: 'text/csv; charset=utf-8',
  extension: 'csv',
  describesFilters: false,
  render: (report) => Buffer.from(reportCsv(report), 'utf8'),
};
