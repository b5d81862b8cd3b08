import type { Locale } from '@parity/curriculum';
import type { ReportType } from '../dto/report.type';
import { reportCopy } from '../labels/report-labels';
import { formatMoment } from './export-dates';
import { exportCopy, fill } from './export-copy';
import type { ReportExportContext } from './report-format';

/** The title of a download: the measure and what it is broken down by ("Enrolments — Sex × Institution"). */
export const reportTitle = (report: ReportType): string =>
  [report.measureLabel, report.dimensionLabels.join(' × ')].filter((part) => part.length > 0).join(' — ');

/** The filters on one line: "Sex: Women; Institution: Ministry of Defence" (or "None"). */
export function filtersText(report: ReportType, context: ReportExportContext): string {
  const copy = exportCopy(report.locale);
  if (context.filters.length === 0) return copy.noFilters;
  return context.filters.map((line) => `${line.label}: ${line.values.join(', ')}`).join('; ');
}

/** The facts of a download as label–text pairs: measure, breakdown, filters and generation time. */
export function reportFacts(report: ReportType, context: ReportExportContext): [string, string][] {
  const copy = exportCopy(report.locale);
  return [
    [copy.measure, report.measureLabel],
    [copy.breakdown, report.dimensionLabels.join(' × ') || copy.noBreakdown],
    [copy.filters, filtersText(report, context)],
    [copy.generatedAt, formatMoment(context.generatedAt, report.locale, context.timeZone)],
  ];
}

/** Why some figures read "<5": the threshold, complementary suppression, empty cells and totals. */
export function suppressionNotes(report: ReportType): string[] {
  const copy = exportCopy(report.locale);
  return [
    fill(copy.threshold, report.minCellSize),
    fill(copy.complementary, report.minCellSize),
    copy.emptyCells,
    copy.totals,
  ];
}

/** The words "Total" and "People" of the report's language. */
export const gridWords = (report: ReportType): { total: string; people: string } =>
  reportCopy(report.locale as Locale);
