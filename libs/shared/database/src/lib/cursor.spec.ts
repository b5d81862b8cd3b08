import { clampPageSize, decodeCursor, encodeCursor } from './cursor';

describe('paging cursors', () => {
  it('round-trip the sort keys', () => {
    expect(decodeCursor(encodeCursor(['Ana Anić', 'id-1']), 2)).toEqual(['Ana Anić', 'id-1']);
  });

  it('refuse a forged or damaged cursor with BAD_USER_INPUT', () => {
    expect(() => decodeCursor('not-base64-json', 2)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
    expect(() => decodeCursor(encodeCursor(['only-one']), 2)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
  });

  it('bound the page size', () => {
    expect(clampPageSize(undefined)).toBe(25);
    expect(clampPageSize(100)).toBe(100);
    expect(() => clampPageSize(101)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(() => clampPageSize(0)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
