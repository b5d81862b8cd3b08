import type { ReportType } from '../dto/report.type';

/** One filter of a download in words, in the report's language: "Sex" — "Women". */
export interface ReportFilterLine {
  label: string;
  values: string[];
}

/** What a download states besides the table: when it was made, for whom (time zone), under which filters. */
export interface ReportExportContext {
  generatedAt: Date;
  /** The viewer's IANA time zone, for the generation time. */
  timeZone: string;
  /** Empty when the format does not describe filters (see {@link ReportFormat.describesFilters}). */
  filters: ReportFilterLine[];
}

/** A download format of a report: CSV, XLSX or the PDF summary. */
export interface ReportFormat {
  readonly contentType: string;
  readonly extension: string;
  /** Whether the format prints the filters in words (names are looked up only then). */
  readonly describesFilters: boolean;
  render(report: ReportType, context: ReportExportContext): Buffer | Promise<Buffer>;
}
