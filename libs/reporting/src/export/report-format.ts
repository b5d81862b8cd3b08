import type { ReportType } from '../dto/report.type';

/** A download format of a report. CSV today; XLSX plugs in here once its dependency is approved. */
export interface ReportFormat {
  readonly contentType: string;
  readonly extension: string;
  render(report: ReportType): Buffer;
}
