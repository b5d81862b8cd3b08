/** An additive relation of a table: the parts sum to the total (cell ids into a flat array of cells). */
export interface TableLine {
  parts: readonly number[];
  total: number;
}

/**
 * The shape of a report table with its margins, as a flat array of (rows + 1) × (columns + 1) cells: cell (i, j)
 * has id i × (columns + 1) + j; row `rows` holds the column totals, column `columns` the row totals, and the
 * last cell the grand total. One dimension: columns = 0 (each row is its own total). No dimension: 0 × 0.
 */
export interface TableShape {
  rows: number;
  columns: number;
}

export const cellId = (shape: TableShape, row: number, column: number): number =>
  row * (shape.columns + 1) + column;

export const cellCount = (shape: TableShape): number => (shape.rows + 1) * (shape.columns + 1);

const range = (length: number): number[] => Array.from({ length }, (_, index) => index);

/** Every additive relation a reader of the table can use: each row sums to its total, each column to its total. */
export function tableLines(shape: TableShape): TableLine[] {
  const lines: TableLine[] = [];
  for (const row of range(shape.rows + 1)) {
    if (shape.columns === 0) continue;
    lines.push({
      parts: range(shape.columns).map((column) => cellId(shape, row, column)),
      total: cellId(shape, row, shape.columns),
    });
  }
  for (const column of range(shape.columns + 1)) {
    if (shape.rows === 0) continue;
    lines.push({
      parts: range(shape.rows).map((row) => cellId(shape, row, column)),
      total: cellId(shape, shape.rows, column),
    });
  }
  return lines;
}
