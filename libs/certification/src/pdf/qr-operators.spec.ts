import { qrOperators, qrRuns, type QrModules } from './qr-operators';

/** A symbol from rows of `#` (dark) and `.` (light). */
function modules(...rows: string[]): QrModules {
  return { size: rows.length, get: (row, col) => (rows[row]?.[col] === '#' ? 1 : 0) };
}

describe('QR operators', () => {
  it('merges each row’s consecutive dark modules into one run, bottom row at y = 0', () => {
    expect(qrRuns(modules('##.', '.##', '#.#'))).toEqual([
      { x: 0, y: 2, width: 2 },
      { x: 1, y: 1, width: 2 },
      { x: 0, y: 0, width: 1 },
      { x: 2, y: 0, width: 1 },
    ]);
    expect(qrRuns(modules('...', '...', '...'))).toEqual([]);
    expect(qrRuns(modules('###', '###', '###'))).toHaveLength(3);
  });

  it('draws one rectangle per run under one matrix that leaves a 4-module quiet zone, then fills once', () => {
    const ops = qrOperators(modules('#.', '.#'), { x: 100, y: 50, width: 10 }).map(String);
    expect(ops).toEqual(['q', '0 0 0 rg', '1 0 0 1 104 54 cm', '0 1 1 1 re', '1 0 1 1 re', 'f', 'Q']);
  });
});
