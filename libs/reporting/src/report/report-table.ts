import { suppressCells, SuppressionReason } from '../suppression/suppress-cells';
import { cellCount, cellId } from '../suppression/table-lines';
import type { ReportCellType } from '../dto/report-cell.type';
import type { ReportValueType } from '../dto/report-value.type';
import type { AggregateRow } from './report-sql';

export interface ReportTable {
  columns: ReportValueType[];
  rows: { key: ReportValueType; cells: ReportCellType[]; total: ReportCellType }[];
  columnTotals: ReportCellType[];
  grandTotal: ReportCellType;
}

/**
 * Lays the aggregates out as a table with margins and suppresses it (pure). `rowKeys`/`columnKeys` are the
 * dimensions' values in display order; a combination without facts is an empty cell (0 people; 0 for counts).
 */
export function reportTable(
  aggregates: readonly AggregateRow[],
  rowKeys: readonly ReportValueType[],
  columnKeys: readonly ReportValueType[],
  options: { threshold: number; emptyValue: number | null; dimensions: number },
): ReportTable {
  const shape = {
    rows: options.dimensions >= 1 ? rowKeys.length : 0,
    columns: options.dimensions >= 2 ? columnKeys.length : 0,
  };
  const rowIndex = new Map(rowKeys.map((value, index) => [value.key, index]));
  const columnIndex = new Map(columnKeys.map((value, index) => [value.key, index]));
  const people = new Array<number>(cellCount(shape)).fill(0);
  const values = new Array<number | null>(cellCount(shape)).fill(options.emptyValue);
  for (const aggregate of aggregates) {
    const row = aggregate.g1 === 1 || options.dimensions < 1 ? shape.rows : rowIndex.get(aggregate.k1);
    const column =
      aggregate.g2 === 1 || options.dimensions < 2 ? shape.columns : columnIndex.get(aggregate.k2);
    if (row === undefined || column === undefined) continue;
    const id = cellId(shape, row, column);
    people[id] = aggregate.people;
    values[id] = aggregate.value;
  }
  const reasons = suppressCells(people, shape, options.threshold);
  const cell = (row: number, column: number): ReportCellType => {
    const id = cellId(shape, row, column);
    const suppressed = reasons[id] !== SuppressionReason.NONE;
    return {
      value: suppressed ? null : values[id],
      people: suppressed ? null : people[id],
      suppressed,
    };
  };
  const columnRange = Array.from({ length: shape.columns }, (_, index) => index);
  return {
    columns: options.dimensions >= 2 ? [...columnKeys] : [],
    rows: Array.from({ length: shape.rows }, (_, row) => ({
      key: rowKeys[row],
      cells: columnRange.map((column) => cell(row, column)),
      total: cell(row, shape.columns),
    })),
    columnTotals: columnRange.map((column) => cell(shape.rows, column)),
    grandTotal: cell(shape.rows, shape.columns),
  };
}
