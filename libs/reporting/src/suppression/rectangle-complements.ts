import { cellId, type TableShape } from './table-lines';

/** An empty cell is a poor complement: with counts known to be ≥ 0, a hidden 0 can pin its partners down. */
const EMPTY_PENALTY = 1_000_000;

/**
 * Complementary suppression for a two-way table with margins (the hypercube method in two dimensions): for each
 * hidden cell, hide the cheapest rectangle of cells through it — three more corners in another row and another
 * column, margins included. The four corners of a rectangle can all move by ±t without changing any row, column or
 * total, so none of them can be worked out by subtraction or any linear combination. Cost: the people in the corners
 * not hidden yet (already hidden corners are free; empty cells are avoided). Mutates and returns `hidden`.
 */
export function rectangleComplements(
  people: readonly number[],
  shape: TableShape,
  hidden: boolean[],
  primaries: readonly number[],
): boolean[] {
  if (shape.rows === 0 || shape.columns === 0) return hidden;
  const cost = (id: number): number => (hidden[id] ? 0 : people[id] > 0 ? people[id] : EMPTY_PENALTY);
  const width = shape.columns + 1;
  for (const primary of primaries) {
    const i = Math.floor(primary / width);
    const j = primary % width;
    let best: { corners: number[]; cost: number } | null = null;
    for (let i2 = 0; i2 <= shape.rows; i2 += 1) {
      if (i2 === i) continue;
      for (let j2 = 0; j2 <= shape.columns; j2 += 1) {
        if (j2 === j) continue;
        const corners = [cellId(shape, i, j2), cellId(shape, i2, j), cellId(shape, i2, j2)];
        const total = corners.reduce((sum, id) => sum + cost(id), 0);
        if (!best || total < best.cost) best = { corners, cost: total };
      }
    }
    for (const id of best?.corners ?? []) hidden[id] = true;
  }
  return hidden;
}
