import { clampPageSize, decodeCursor, encodeCursor } from './cursor';

const ID = '1b4e28ba-2fa1-11d2-883f-0016d3cca427';

describe('paging cursors', () => {
  it('round-trip the sort keys', () => {
    expect(decodeCursor(encodeCursor(['Ana Anić', ID]), ['string', 'uuid'])).toEqual(['Ana Anić', ID]);
  });

  it('refuse a forged or damaged cursor with BAD_USER_INPUT', () => {
    expect(() => decodeCursor('not-base64-json', ['string', 'uuid'])).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
    expect(() => decodeCursor(encodeCursor(['only-one']), ['string', 'uuid'])).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
  });

  it('refuse a well-formed cursor whose keys are not of their kind (it never reaches SQL as a cast error)', () => {
    const bad = expect.objectContaining({ code: 'BAD_USER_INPUT' });
    expect(() => decodeCursor(encodeCursor(['x', 'y']), ['string', 'uuid'])).toThrow(bad);
    expect(() => decodeCursor(encodeCursor(['yesterday', ID]), ['timestamp', 'uuid'])).toThrow(bad);
    expect(() => decodeCursor(encodeCursor([1.5, '12', ID]), ['int', 'decimal', 'uuid'])).toThrow(bad);
    expect(() => decodeCursor(encodeCursor([1, '1e9', ID]), ['int', 'decimal', 'uuid'])).toThrow(bad);
    expect(() => decodeCursor(encodeCursor(['a\0b', ID]), ['string', 'uuid'])).toThrow(bad);
    expect(decodeCursor(encodeCursor(['2026-11-23T10:00:00.123Z', ID]), ['timestamp', 'uuid'])).toEqual([
      '2026-11-23T10:00:00.123Z',
      ID,
    ]);
    expect(decodeCursor(encodeCursor([2, '-1763892000.5', ID]), ['int', 'decimal', 'uuid'])).toEqual([
      2,
      '-1763892000.5',
      ID,
    ]);
  });

  it('bound the page size', () => {
    expect(clampPageSize(undefined)).toBe(25);
    expect(clampPageSize(100)).toBe(100);
    expect(() => clampPageSize(101)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(() => clampPageSize(0)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
