import type { ReportCellType } from '../dto/report-cell.type';
import type { ReportType } from '../dto/report.type';
import { MEASURE_KIND } from '../report/measure-sql';

/** Which figure of a cell an entry shows. */
export type GridFigure = 'value' | 'people';

export interface GridEntry {
  cell: ReportCellType;
  figure: GridFigure;
}

export interface GridRow {
  label: string;
  entries: GridEntry[];
  /** The total row (last). */
  total: boolean;
}

/**
 * A report laid out as the downloads print it. Two dimensions: a cross-table of values with a total column and a
 * total row. Fewer: label, value, people, and a total row.
 */
export interface ReportGrid {
  /** The top-left header. */
  corner: string;
  headers: string[];
  rows: GridRow[];
  /** Whether the last column is a total (two dimensions). */
  totalColumn: boolean;
}

export interface GridWords {
  total: string;
  people: string;
}

export function reportGrid(report: ReportType, words: GridWords): ReportGrid {
  const [rowName, columnName] = report.dimensionLabels;
  if (report.dimensions.length < 2) {
    const pair = (cell: ReportCellType): GridEntry[] => [
      { cell, figure: 'value' },
      { cell, figure: 'people' },
    ];
    return {
      corner: rowName ?? '',
      headers: [report.measureLabel, words.people],
      rows: [
        ...report.rows.map((row) => ({ label: row.key.label, entries: pair(row.total), total: false })),
        { label: words.total, entries: pair(report.grandTotal), total: true },
      ],
      totalColumn: false,
    };
  }
  const values = (cells: ReportCellType[]): GridEntry[] => cells.map((cell) => ({ cell, figure: 'value' }));
  return {
    corner: `${report.measureLabel}: ${rowName} / ${columnName}`,
    headers: [...report.columns.map((column) => column.label), words.total],
    rows: [
      ...report.rows.map((row) => ({
        label: row.key.label,
        entries: values([...row.cells, row.total]),
        total: false,
      })),
      { label: words.total, entries: values([...report.columnTotals, report.grandTotal]), total: true },
    ],
    totalColumn: true,
  };
}

/** What a suppressed figure reads: "<5" (the threshold the report used). */
export const suppressedText = (report: ReportType): string => `<${report.minCellSize}`;

/** The figure of an entry as the downloads spell it: "<5" when suppressed, nothing without data. */
export function figureOf(entry: GridEntry): number | null {
  return entry.figure === 'value' ? entry.cell.value : entry.cell.people;
}

export function figureText(entry: GridEntry, report: ReportType): string {
  if (entry.cell.suppressed) return suppressedText(report);
  const figure = figureOf(entry);
  return figure === null ? '' : String(figure);
}

/** Decimals a figure is written with: two for rates and averages, none for counts and people. */
export const decimalsOf = (entry: GridEntry, report: ReportType): number =>
  entry.figure === 'value' && MEASURE_KIND[report.measure] !== 'count' ? 2 : 0;
