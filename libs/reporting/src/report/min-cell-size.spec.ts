import {
  DEFAULT_MIN_CELL,
  effectiveMinCellSize,
  MAX_MIN_CELL,
  minCellSize,
  minCellSizeProblem,
} from './min-cell-size';

describe('the platform minimum', () => {
  it('is 5 unless REPORT_MIN_CELL raises it; it can never lower it', () => {
    expect(minCellSize({})).toBe(DEFAULT_MIN_CELL);
    expect(minCellSize({ REPORT_MIN_CELL: '8' })).toBe(8);
    expect(minCellSize({ REPORT_MIN_CELL: '3' })).toBe(5);
    expect(minCellSize({ REPORT_MIN_CELL: 'many' })).toBe(5);
  });
});

describe('the threshold a report applies', () => {
  it('is the platform minimum when no counted institution chose its own', () => {
    expect(effectiveMinCellSize(5, [])).toBe(5);
    expect(effectiveMinCellSize(5, [null, null])).toBe(5);
  });

  it('is the strictest threshold among the counted institutions', () => {
    expect(effectiveMinCellSize(5, [null, 10, 7])).toBe(10);
  });

  it('never falls below the platform minimum, even when a stored threshold is lower (minimum raised later)', () => {
    expect(effectiveMinCellSize(8, [6, null])).toBe(8);
  });
});

describe('an institution’s choice of threshold', () => {
  it('may be anything from the platform minimum to 100', () => {
    expect(minCellSizeProblem(5, 5)).toBeNull();
    expect(minCellSizeProblem(10, 5)).toBeNull();
    expect(minCellSizeProblem(MAX_MIN_CELL, 5)).toBeNull();
  });

  it('is OUT_OF_RANGE below the platform minimum, above 100, or when not a whole number', () => {
    const outOfRange = { field: 'minCellSize', code: 'OUT_OF_RANGE' };
    expect(minCellSizeProblem(4, 5)).toEqual(outOfRange);
    expect(minCellSizeProblem(7, 8)).toEqual(outOfRange);
    expect(minCellSizeProblem(0, 5)).toEqual(outOfRange);
    expect(minCellSizeProblem(-10, 5)).toEqual(outOfRange);
    expect(minCellSizeProblem(MAX_MIN_CELL + 1, 5)).toEqual(outOfRange);
    expect(minCellSizeProblem(7.5, 5)).toEqual(outOfRange);
  });

  it('may reach a platform minimum raised above 100', () => {
    expect(minCellSizeProblem(120, 120)).toBeNull();
    expect(minCellSizeProblem(121, 120)).toEqual({ field: 'minCellSize', code: 'OUT_OF_RANGE' });
  });
});
