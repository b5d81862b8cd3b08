import { CSV_FORMAT } from './report-csv';
import type { ReportFormat } from './report-format';
import { PDF_SUMMARY_FORMAT } from './report-pdf';
import { XLSX_FORMAT } from './report-xlsx';

/** The download formats by name, as the REST routes ask for them. */
export const REPORT_FORMATS = {
  csv: CSV_FORMAT,
  xlsx: XLSX_FORMAT,
  pdf: PDF_SUMMARY_FORMAT,
} as const satisfies Record<string, ReportFormat>;

export type ReportFormatName = keyof typeof REPORT_FORMATS;
