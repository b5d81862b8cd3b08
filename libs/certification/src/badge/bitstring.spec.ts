import { gunzipSync } from 'node:zlib';
import { bitAt, encodeBitstring, STATUS_LIST_SIZE, statusListOf } from './bitstring';

const decode = (encoded: string): Buffer => gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));

describe('bitstring status list encoding', () => {
  it('is multibase base64url of a GZIP of 16 KB, all zeros when nothing is revoked', () => {
    const encoded = encodeBitstring([]);
    expect(encoded.startsWith('u')).toBe(true);
    expect(encoded).toMatch(/^u[A-Za-z0-9_-]+$/);
    const bytes = decode(encoded);
    expect(bytes.length).toBe(STATUS_LIST_SIZE / 8);
    expect(bytes.every((byte) => byte === 0)).toBe(true);
  });

  it('sets index 0 as the most significant bit of the first byte, and the last index as the least of the last', () => {
    const bytes = decode(encodeBitstring([0, 9, STATUS_LIST_SIZE - 1]));
    expect(bytes[0]).toBe(0b1000_0000);
    expect(bytes[1]).toBe(0b0100_0000);
    expect(bytes[bytes.length - 1]).toBe(0b0000_0001);
    expect(bytes.subarray(2, bytes.length - 1).every((byte) => byte === 0)).toBe(true);
  });

  it('reads back exactly the positions it was given', () => {
    const encoded = encodeBitstring([3, 4242, 100_000]);
    expect([3, 4242, 100_000].map((position) => bitAt(encoded, position))).toEqual([1, 1, 1]);
    expect([0, 2, 5, 4241, 4243, 131_071].map((position) => bitAt(encoded, position))).toEqual([
      0, 0, 0, 0, 0, 0,
    ]);
  });

  it('gives the same bytes for the same revocations, whatever their order', () => {
    expect(encodeBitstring([7, 1, 99])).toBe(encodeBitstring([99, 7, 1]));
  });

  it('refuses a position outside the list', () => {
    expect(() => encodeBitstring([STATUS_LIST_SIZE])).toThrow(RangeError);
    expect(() => encodeBitstring([-1])).toThrow(RangeError);
  });

  it('numbers lists from 1, 131,072 entries each', () => {
    expect(statusListOf(0)).toBe(1);
    expect(statusListOf(STATUS_LIST_SIZE - 1)).toBe(1);
    expect(statusListOf(STATUS_LIST_SIZE)).toBe(2);
  });
});
