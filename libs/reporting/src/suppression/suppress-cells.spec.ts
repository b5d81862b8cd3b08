import { disclosedCells } from './disclosed-cells';
import { SuppressionReason, suppressCells } from './suppress-cells';
import { cellCount, cellId, tableLines, type TableShape } from './table-lines';

/** A table of people counts with its margins filled in (totals = sums, as for a partition of people). */
function withTotals(inner: number[][]): { shape: TableShape; people: number[] } {
  const shape = { rows: inner.length, columns: inner[0]?.length ?? 0 };
  const people = new Array<number>(cellCount(shape)).fill(0);
  inner.forEach((row, i) =>
    row.forEach((value, j) => {
      people[cellId(shape, i, j)] = value;
      people[cellId(shape, i, shape.columns)] += value;
      people[cellId(shape, shape.rows, j)] += value;
      people[cellId(shape, shape.rows, shape.columns)] += value;
    }),
  );
  return { shape, people };
}

/** What a reader recovers by repeated subtraction: any line with exactly one unknown gives it away. */
function recoverBySubtraction(hidden: boolean[], shape: TableShape): Set<number> {
  const known = hidden.map((isHidden) => !isHidden);
  const recovered = new Set<number>();
  let progress = true;
  while (progress) {
    progress = false;
    for (const line of tableLines(shape)) {
      const members = [...line.parts, line.total];
      const unknown = members.filter((id) => !known[id]);
      if (unknown.length !== 1) continue;
      known[unknown[0]] = true;
      recovered.add(unknown[0]);
      progress = true;
    }
  }
  return recovered;
}

const hiddenOf = (reasons: SuppressionReason[]): boolean[] =>
  reasons.map((reason) => reason !== SuppressionReason.NONE);

describe('suppressCells', () => {
  it('hides every cell counting 1–4 people as small, never an empty one', () => {
    const { shape, people } = withTotals([
      [3, 10, 0],
      [12, 20, 30],
    ]);
    const reasons = suppressCells(people, shape, 5);
    expect(reasons[cellId(shape, 0, 0)]).toBe(SuppressionReason.SMALL_CELL);
    expect(reasons[cellId(shape, 0, 2)]).not.toBe(SuppressionReason.SMALL_CELL);
    expect(reasons[cellId(shape, 1, 2)]).toBe(SuppressionReason.NONE);
  });

  it('hides the smallest other cell of a row and column holding one hidden cell', () => {
    const { shape, people } = withTotals([
      [3, 10, 40],
      [12, 20, 30],
    ]);
    const reasons = suppressCells(people, shape, 5);
    expect(reasons[cellId(shape, 0, 1)]).toBe(SuppressionReason.COMPLEMENTARY);
    expect(reasons[cellId(shape, 1, 0)]).toBe(SuppressionReason.COMPLEMENTARY);
    expect(disclosedCells(tableLines(shape), hiddenOf(reasons))).toEqual([]);
  });

  it('suppresses the total too when a one-dimension table has a single hidden row', () => {
    const oneDimension = { rows: 3, columns: 0 };
    const flat = [2, 9, 15, 26];
    const reasons = suppressCells(flat, oneDimension, 5);
    expect(reasons).toEqual([
      SuppressionReason.SMALL_CELL,
      SuppressionReason.COMPLEMENTARY,
      SuppressionReason.NONE,
      SuppressionReason.NONE,
    ]);
  });

  it('hides a one-row table and its total together', () => {
    const reasons = suppressCells([3, 3], { rows: 1, columns: 0 }, 5);
    expect(hiddenOf(reasons)).toEqual([true, true]);
  });

  it('leaves nothing to recover by subtraction or any linear combination, on random tables', () => {
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let trial = 0; trial < 300; trial += 1) {
      const rows = 1 + Math.floor(random() * 5);
      const columns = Math.floor(random() * 5);
      const inner = Array.from({ length: rows }, () =>
        Array.from({ length: Math.max(columns, 1) }, () =>
          random() < 0.35 ? Math.floor(random() * 5) : Math.floor(random() * 40),
        ),
      );
      const { shape, people } =
        columns === 0
          ? (() => {
              const flat = inner.map((row) => row[0]);
              return {
                shape: { rows, columns: 0 },
                people: [...flat, flat.reduce((sum, value) => sum + value, 0)],
              };
            })()
          : withTotals(inner);
      const lines = tableLines(shape);
      const hidden = hiddenOf(suppressCells(people, shape, 5));
      people.forEach((count, id) => {
        if (count > 0 && count < 5) expect(hidden[id]).toBe(true);
      });
      expect(recoverBySubtraction(hidden, shape).size).toBe(0);
      expect(disclosedCells(lines, hidden)).toEqual([]);
    }
  });

  it('protects one small cell with the cheapest rectangle, leaving the margins readable', () => {
    const { shape, people } = withTotals([
      [5, 4],
      [7, 6],
    ]);
    const hidden = hiddenOf(suppressCells(people, shape, 5));
    expect(hidden).toEqual([true, true, false, true, true, false, false, false, false]);
  });

  it('protects a 60 × 12 table with many small cells quickly', () => {
    const inner = Array.from({ length: 60 }, (_, i) =>
      Array.from({ length: 12 }, (__, j) => ((i * 7 + j * 3) % 11) + 1),
    );
    const { shape, people } = withTotals(inner);
    const started = Date.now();
    const hidden = hiddenOf(suppressCells(people, shape, 5));
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(disclosedCells(tableLines(shape), hidden)).toEqual([]);
    expect(recoverBySubtraction(hidden, shape).size).toBe(0);
  });

  it('raises the threshold when asked (10)', () => {
    const { shape, people } = withTotals([
      [7, 50],
      [60, 70],
    ]);
    const hidden = hiddenOf(suppressCells(people, shape, 10));
    expect(hidden[cellId(shape, 0, 0)]).toBe(true);
    expect(disclosedCells(tableLines(shape), hidden)).toEqual([]);
  });
});

describe('disclosedCells', () => {
  it('finds a cell recoverable only through a chain of rows and columns', () => {
    const shape = { rows: 2, columns: 2 };
    const hidden = new Array<boolean>(cellCount(shape)).fill(false);
    hidden[cellId(shape, 0, 0)] = true;
    hidden[cellId(shape, 0, 1)] = true;
    hidden[cellId(shape, 1, 1)] = true;
    expect(disclosedCells(tableLines(shape), hidden).sort()).toEqual(
      [cellId(shape, 0, 0), cellId(shape, 0, 1), cellId(shape, 1, 1)].sort(),
    );
  });

  it('finds nothing when hidden cells form a rectangle', () => {
    const shape = { rows: 2, columns: 2 };
    const hidden = new Array<boolean>(cellCount(shape)).fill(false);
    for (const [i, j] of [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ]) {
      hidden[cellId(shape, i, j)] = true;
    }
    expect(disclosedCells(tableLines(shape), hidden)).toEqual([]);
  });
});
