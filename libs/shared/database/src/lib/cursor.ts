import { isUuid } from './uuid';
import { badInput } from '@parity/shared/errors';

/** Opaque keyset cursors: base64url of a JSON tuple of the sort keys. */
export function encodeCursor(keys: (string | number)[]): string {
  return Buffer.from(JSON.stringify(keys)).toString('base64url');
}

/** What each key of a cursor must be, so that a forged cursor is refused before it reaches SQL. */
export type CursorKey = 'string' | 'uuid' | 'int' | 'decimal' | 'timestamp';

const DECIMAL = /^-?\d{1,20}(\.\d{1,12})?$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

const VALID: Record<CursorKey, (value: unknown) => boolean> = {
  string: (value) => typeof value === 'string' && value.length <= 1_000 && !value.includes('\0'),
  uuid: (value) => typeof value === 'string' && isUuid(value),
  int: (value) => typeof value === 'number' && Number.isSafeInteger(value),
  decimal: (value) => (typeof value === 'string' || typeof value === 'number') && DECIMAL.test(String(value)),
  timestamp: (value) =>
    typeof value === 'string' && TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value)),
};

type Decoded<K extends readonly CursorKey[]> = {
  -readonly [I in keyof K]: K[I] extends 'int' ? number : string;
};

/** The keys of a cursor, each checked against its kind; anything else is BAD_USER_INPUT (INVALID_CURSOR). */
export function decodeCursor<const K extends readonly CursorKey[]>(cursor: string, kinds: K): Decoded<K> {
  try {
    const keys = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(keys) &&
      keys.length === kinds.length &&
      keys.every((key, i) => VALID[kinds[i] as CursorKey](key))
    ) {
      return keys.map((key, i) => (kinds[i] === 'int' ? key : String(key))) as Decoded<K>;
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
