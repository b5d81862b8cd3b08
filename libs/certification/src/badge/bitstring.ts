import { gunzipSync, gzipSync } from 'node:zlib';

/** Entries per status list: the W3C minimum (16 KB of bits), so one holder's index hides among 131,072. */
export const STATUS_LIST_SIZE = 131_072;

/** The list (numbered from 1) that holds a status index. */
export const statusListOf = (statusIndex: number): number => Math.floor(statusIndex / STATUS_LIST_SIZE) + 1;

/** The bit of a status index within its list: `statusListIndex` counts from the start of the list it names. */
export const statusPositionOf = (statusIndex: number): number => statusIndex % STATUS_LIST_SIZE;

/**
 * W3C Bitstring Status List v1.0 `encodedList`: multibase base64url ('u') of the GZIP of the bitstring. Index 0 is
 * the left-most (most significant) bit of the first byte. `positions` are offsets within the list.
 */
export function encodeBitstring(positions: Iterable<number>, size = STATUS_LIST_SIZE): string {
  const bytes = Buffer.alloc(Math.ceil(size / 8));
  for (const position of positions) {
    if (!Number.isInteger(position) || position < 0 || position >= size) {
      throw new RangeError(`Status position ${position} is outside the list.`);
    }
    const at = position >> 3;
    bytes.writeUInt8(bytes.readUInt8(at) | (0x80 >> (position & 7)), at);
  }
  // mtime 0 and a fixed level: the same revocations give the same bytes, so the list can be cached and compared.
  return `u${gzipSync(bytes, { level: 9 }).toString('base64url')}`;
}

/** The bit at `position` of an `encodedList` (what a verifier does; used by tests and diagnostics). */
export function bitAt(encodedList: string, position: number): 0 | 1 {
  if (!encodedList.startsWith('u')) throw new Error('encodedList must be multibase base64url (u).');
  const bytes = gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'));
  const byte = bytes[position >> 3];
  if (byte === undefined) throw new RangeError(`Status position ${position} is outside the list.`);
  return (byte >> (7 - (position & 7))) & 1 ? 1 : 0;
}
