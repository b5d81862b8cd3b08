import { createHash, randomBytes } from 'node:crypto';
import { InvalidStorageKeyError } from './invalid-storage-key.error';

/** Longest key accepted (S3's own limit is 1024 bytes; keys here are ASCII). */
export const MAX_STORAGE_KEY_LENGTH = 1024;

/**
 * A key is a relative path of lowercase segments: `[a-z0-9._-]`, each segment starting with a letter or digit
 * (so no `.`, `..` or hidden names), separated by single `/`, no leading or trailing `/`.
 * Lowercase only, so two keys never collide on a case-insensitive disk.
 */
const KEY = /^[a-z0-9][a-z0-9._-]*(?:\/[a-z0-9][a-z0-9._-]*)*$/;

export function isValidStorageKey(key: string): boolean {
  return typeof key === 'string' && key.length <= MAX_STORAGE_KEY_LENGTH && KEY.test(key);
}

export function assertValidStorageKey(key: string): void {
  if (!isValidStorageKey(key)) throw new InvalidStorageKeyError(key);
}

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/**
 * A fresh, unguessable key: `<prefix>/<yyyy>/<mm>/<128 random bits>`. The random part is lowercase base32
 * (26 characters) rather than base64url, because keys are lowercase so that none collide on a case-insensitive disk.
 */
export function storedFileKey(prefix: string, now: Date = new Date()): string {
  assertValidStorageKey(prefix);
  const yyyy = String(now.getUTCFullYear()).padStart(4, '0');
  const mm = String(now.getUTCMonth() + 1).padStart(2, '0');
  return `${prefix}/${yyyy}/${mm}/${base32(randomBytes(16))}`;
}

/** `<prefix>/sha256/<hex>`: the same bytes always get the same key (certificate PDFs). */
export function contentAddressedKey(prefix: string, content: Buffer): string {
  assertValidStorageKey(prefix);
  return `${prefix}/sha256/${createHash('sha256').update(content).digest('hex')}`;
}

/** RFC 4648 base32, lowercase, unpadded. */
function base32(bytes: Buffer): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = ((value << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}
