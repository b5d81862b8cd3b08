import type { TableLine } from './table-lines';

const EPSILON = 1e-9;

/** Reduced row echelon form, in place; returns the pivot column of each remaining row. */
function reduce(matrix: number[][], width: number): number[] {
  const pivots: number[] = [];
  let rank = 0;
  for (let column = 0; column < width && rank < matrix.length; column += 1) {
    let best = rank;
    for (let row = rank + 1; row < matrix.length; row += 1) {
      if (Math.abs(matrix[row][column]) > Math.abs(matrix[best][column])) best = row;
    }
    if (Math.abs(matrix[best][column]) < EPSILON) continue;
    [matrix[rank], matrix[best]] = [matrix[best], matrix[rank]];
    const pivot = matrix[rank][column];
    matrix[rank] = matrix[rank].map((value) => value / pivot);
    for (let row = 0; row < matrix.length; row += 1) {
      const factor = matrix[row][column];
      if (row === rank || Math.abs(factor) < EPSILON) continue;
      matrix[row] = matrix[row].map((value, index) => value - factor * matrix[rank][index]);
    }
    pivots.push(column);
    rank += 1;
  }
  matrix.length = rank;
  return pivots;
}

/**
 * The hidden cells whose value a reader can still work out exactly from the visible cells and the table's additive
 * relations (any linear combination of rows, columns and totals, not only one subtraction). Exact linear algebra:
 * a hidden cell is determined when its unit vector lies in the row space of the relations restricted to hidden cells,
 * i.e. when the reduced echelon form has a row with that cell alone.
 */
export function disclosedCells(lines: readonly TableLine[], hidden: readonly boolean[]): number[] {
  const unknowns = hidden.flatMap((isHidden, id) => (isHidden ? [id] : []));
  if (unknowns.length === 0) return [];
  const column = new Map(unknowns.map((id, index) => [id, index]));
  const matrix = lines
    .map((line) => {
      const row = new Array<number>(unknowns.length).fill(0);
      for (const part of line.parts) {
        const index = column.get(part);
        if (index !== undefined) row[index] += 1;
      }
      const total = column.get(line.total);
      if (total !== undefined) row[total] -= 1;
      return row;
    })
    .filter((row) => row.some((value) => value !== 0));
  const pivots = reduce(matrix, unknowns.length);
  return matrix.flatMap((row, index) => {
    const alone = row.every((value, at) => at === pivots[index] || Math.abs(value) < EPSILON);
    return alone ? [unknowns[pivots[index]]] : [];
  });
}
