import { reportTable } from './report-table';
import type { AggregateRow } from './report-sql';

const row = (k1: string | null, k2: string | null, people: number, value: number | null): AggregateRow => ({
  k1,
  k2,
  g1: k1 === null ? 1 : 0,
  g2: k2 === null ? 1 : 0,
  people,
  value,
});

describe('reportTable', () => {
  const rows = [
    { key: 'female', label: 'Women' },
    { key: 'male', label: 'Men' },
  ];
  const columns = [
    { key: 'a', label: 'A' },
    { key: 'b', label: 'B' },
  ];

  it('places cells and margins, fills missing combinations as empty, and hides small cells with a rectangle', () => {
    const table = reportTable(
      [
        row('female', 'a', 6, 6),
        row('male', 'a', 8, 8),
        row('male', 'b', 3, 3),
        row('female', null, 6, 6),
        row('male', null, 11, 11),
        row(null, 'a', 14, 14),
        row(null, 'b', 3, 3),
        row(null, null, 17, 17),
      ],
      rows,
      columns,
      { threshold: 5, emptyValue: 0, dimensions: 2 },
    );
    expect(table.rows[0].cells[1]).toEqual({ value: 0, people: 0, suppressed: false });
    expect(table.rows[1].cells[1].suppressed).toBe(true);
    expect(table.columnTotals[1].suppressed).toBe(true);
    expect(table.grandTotal).toEqual({ value: 17, people: 17, suppressed: false });
    const hidden = [...table.rows.flatMap((r) => [...r.cells, r.total]), ...table.columnTotals].filter(
      (cell) => cell.suppressed,
    );
    expect(hidden.length).toBeGreaterThanOrEqual(4);
  });

  it('lays out one dimension as rows with their totals and no columns', () => {
    const table = reportTable(
      [row('female', null, 6, 50), row('male', null, 9, 60), row(null, null, 15, 56)],
      rows,
      [],
      { threshold: 5, emptyValue: null, dimensions: 1 },
    );
    expect(table.columns).toEqual([]);
    expect(table.rows.map((r) => [r.key.key, r.total.value, r.cells.length])).toEqual([
      ['female', 50, 0],
      ['male', 60, 0],
    ]);
    expect(table.grandTotal.value).toBe(56);
  });
});
