import type { ReportType } from '../dto/report.type';
import { formatFigure } from './export-dates';
import { decimalsOf, figureOf, suppressedText, type GridEntry } from './report-grid';

/** A figure as the PDF prints it: "<5" when suppressed, nothing without data, else in the report's number format. */
export function figureLabel(entry: GridEntry, report: ReportType): string {
  if (entry.cell.suppressed) return suppressedText(report);
  const figure = figureOf(entry);
  if (figure === null) return '';
  return formatFigure(figure, report.locale, decimalsOf(entry, report));
}
