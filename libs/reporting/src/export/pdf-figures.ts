import type { ReportType } from '../dto/report.type';
import { MEASURE_KIND } from '../report/measure-sql';
import { formatFigure } from './export-dates';
import { figureOf, suppressedText, type GridEntry } from './report-grid';

/** A figure as the PDF prints it: "<5" when suppressed, nothing without data, else in the report's number format. */
export function figureLabel(entry: GridEntry, report: ReportType): string {
  if (entry.cell.suppressed) return suppressedText(report);
  const figure = figureOf(entry);
  if (figure === null) return '';
  const decimals = entry.figure === 'value' && MEASURE_KIND[report.measure] !== 'count' ? 2 : 0;
  return formatFigure(figure, report.locale, decimals);
}
