import { badInput } from '@parity/shared/errors';

/** Opaque keyset cursors: base64url of a JSON tuple of the sort keys. */
export function encodeCursor(keys: (string | number)[]): string {
  return Buffer.from(JSON.stringify(keys)).toString('base64url');
}

export function decodeCursor(cursor: string, length: number): (string | number)[] {
  try {
    const keys = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(keys) &&
      keys.length === length &&
      keys.every((k) => ['string', 'number'].includes(typeof k))
    ) {
      return keys as (string | number)[];
    }
  } catch {
    // fall through to the error below
  }
  throw badInput([{ field: 'after', code: 'INVALID_CURSOR' }], 'The paging cursor is not valid.');
}

export function clampPageSize(first: number | null | undefined, max = 100, fallback = 25): number {
  if (first === null || first === undefined) return fallback;
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw badInput([{ field: 'first', code: 'OUT_OF_RANGE' }], `Page size must be between 1 and ${max}.`);
  }
  return first;
}
