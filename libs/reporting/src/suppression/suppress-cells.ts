import { disclosedCells } from './disclosed-cells';
import { rectangleComplements } from './rectangle-complements';
import { tableLines, type TableLine, type TableShape } from './table-lines';

/** Why a cell is hidden: too few people in it, or to protect another hidden cell from subtraction. */
export enum SuppressionReason {
  NONE = 'none',
  SMALL_CELL = 'small_cell',
  COMPLEMENTARY = 'complementary',
}

/**
 * Small-cell suppression with complementary suppression, pure.
 *
 * 1. Primary: every cell counting 1 to `threshold − 1` people is hidden (an empty cell names nobody and stays shown).
 * 2. Complementary, two-way tables: each hidden cell gets the cheapest rectangle of hidden cells through it
 *    (see rectangleComplements), smallest cells first.
 * 3. Then, until stable (and for one-way tables, where the rule is "never exactly one hidden figure in a column"):
 *    while some hidden cell can still be worked out exactly from the visible cells and the relations — a row,
 *    column or total with exactly one hidden cell is the simple case; chains of rows and columns are caught too —
 *    hide another visible cell on one of its lines (the one leaving the fewest single-hidden lines, then a non-empty
 *    one, then the smallest) and look again.
 *
 * `people[id]` is the number of distinct people behind cell `id` of a table of `shape` (see table-lines.ts).
 */
export function suppressCells(
  people: readonly number[],
  shape: TableShape,
  threshold: number,
): SuppressionReason[] {
  const lines = tableLines(shape);
  const primaries = people
    .map((count, id) => ({ count, id }))
    .filter(({ count }) => count > 0 && count < threshold)
    .sort((a, b) => a.count - b.count || a.id - b.id)
    .map(({ id }) => id);
  const reasons = people.map((): SuppressionReason => SuppressionReason.NONE);
  for (const id of primaries) reasons[id] = SuppressionReason.SMALL_CELL;
  const hidden = rectangleComplements(
    people,
    shape,
    reasons.map((reason) => reason !== SuppressionReason.NONE),
    primaries,
  );
  hidden.forEach((isHidden, id) => {
    if (isHidden && reasons[id] === SuppressionReason.NONE) reasons[id] = SuppressionReason.COMPLEMENTARY;
  });
  const isHidden = (): boolean[] => reasons.map((reason) => reason !== SuppressionReason.NONE);
  for (let guard = 0; guard <= people.length; guard += 1) {
    const exposed = disclosedCells(lines, isHidden());
    if (exposed.length === 0) return reasons;
    const complement =
      smallestNeighbour([exposed[0]], people, lines, reasons) ??
      smallestNeighbour(hiddenIds(reasons), people, lines, reasons);
    if (complement === null) return reasons;
    reasons[complement] = SuppressionReason.COMPLEMENTARY;
  }
  return reasons;
}

const hiddenIds = (reasons: readonly SuppressionReason[]): number[] =>
  reasons.flatMap((reason, id) => (reason === SuppressionReason.NONE ? [] : [id]));

/** How many lines would hold exactly one hidden cell (the plain subtraction leak) if `extra` were hidden too. */
function singletonLines(
  lines: readonly TableLine[],
  reasons: readonly SuppressionReason[],
  extra: number,
): number {
  return lines.filter((line) => {
    const members = [...line.parts, line.total];
    return members.filter((id) => id === extra || reasons[id] !== SuppressionReason.NONE).length === 1;
  }).length;
}

/**
 * The visible cell to hide next, among those sharing a line with one of `cells`: the one leaving the fewest lines
 * with a single hidden cell, then a non-empty one, then the smallest (ties: the first). Null when there is none.
 */
function smallestNeighbour(
  cells: readonly number[],
  people: readonly number[],
  lines: readonly TableLine[],
  reasons: readonly SuppressionReason[],
): number | null {
  const candidates = [
    ...new Set(
      lines
        .filter((line) => cells.some((cell) => line.total === cell || line.parts.includes(cell)))
        .flatMap((line) => [...line.parts, line.total])
        .filter((id) => reasons[id] === SuppressionReason.NONE),
    ),
  ];
  const rank = (id: number): number[] => [
    singletonLines(lines, reasons, id),
    people[id] > 0 ? 0 : 1,
    people[id],
    id,
  ];
  let best: { id: number; rank: number[] } | null = null;
  for (const id of candidates) {
    const ranked = { id, rank: rank(id) };
    if (!best || before(ranked.rank, best.rank)) best = ranked;
  }
  return best?.id ?? null;
}

const before = (a: readonly number[], b: readonly number[]): boolean => {
  const index = a.findIndex((value, at) => value !== b[at]);
  return index >= 0 && a[index] < b[index];
};
