import type { ReportCellFieldsFragment } from '../../graphql/reports.generated';
import type { ReportData } from '../../composables/useReport';

/**
 * One bar: its value, null for no bar, and whether that is because the figure is suppressed (hidden to protect
 * privacy; the value is then always null) rather than empty.
 */
export interface ChartPoint {
  value: number | null;
  suppressed: boolean;
}

/** One bar series: its name (a column's label, or the measure's) and one point per row. */
export interface ChartSeries {
  name: string;
  points: ChartPoint[];
}

export interface ChartData {
  /** The rows' labels, one bar group each. */
  categories: string[];
  series: ChartSeries[];
  /** Figures that are suppressed, so not drawn (a gap where the bar would be). */
  suppressed: number;
}

const point = (cell: ReportCellFieldsFragment | undefined): ChartPoint =>
  cell?.suppressed ? { value: null, suppressed: true } : { value: cell?.value ?? null, suppressed: false };

/**
 * The bars of a report: with two dimensions, grouped bars (one series per column); with one, a single series.
 * Totals are not drawn: the table has them. Suppressed and empty figures are gaps.
 */
export function chartData(report: ReportData): ChartData {
  const categories = report.rows.map((row) => row.key.label);
  if (report.dimensions.length === 2) {
    const series = report.columns.map((column, index) => ({
      name: column.label,
      points: report.rows.map((row) => point(row.cells[index])),
    }));
    const suppressed = report.rows.reduce(
      (sum, row) => sum + row.cells.filter((cell) => cell.suppressed).length,
      0,
    );
    return { categories, series, suppressed };
  }
  return {
    categories,
    series: [{ name: report.measureLabel, points: report.rows.map((row) => point(row.total)) }],
    suppressed: report.rows.filter((row) => row.total.suppressed).length,
  };
}

/** How the tooltip writes a bar's figure, in the reader's language. */
export interface TooltipTexts {
  figure: (value: number) => string;
  /** The report's threshold: a suppressed figure reads "<5". */
  minCellSize: number;
  suppressed: string;
  noData: string;
}

/** A bar's figure in the tooltip: the value, "<5 (suppressed: …)" for a hidden one, "no data" for an empty one. */
export function tooltipFigure(point: ChartPoint | undefined, texts: TooltipTexts): string {
  if (point?.suppressed) return `<${texts.minCellSize} (${texts.suppressed})`;
  return typeof point?.value === 'number' ? texts.figure(point.value) : texts.noData;
}

/** Colours for the series: each at least 3:1 against white (WCAG 1.4.11), told apart by patterns too. */
export const SERIES_COLOURS = [
  '#1d4f91',
  '#b3541e',
  '#1f6b34',
  '#6b3fa0',
  '#a1261c',
  '#00687a',
  '#5c5c5c',
  '#8a6500',
];

/** Height of the chart in pixels: enough room for every bar of every group, and for a legend. */
export function chartHeight(data: ChartData): number {
  const perGroup = Math.max(1, data.series.length) * 14 + 18;
  return Math.max(220, data.categories.length * perGroup + (data.series.length > 1 ? 80 : 50));
}
