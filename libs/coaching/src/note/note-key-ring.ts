import { hkdfSync } from 'node:crypto';
import type { AppConfig } from '@parity/shared/config';

/** The id of the development key (derived from SESSION_SECRET when no keys are configured outside production). */
export const DEVELOPMENT_NOTE_KEY_ID = 'development';
const HKDF_INFO = 'parity-coaching-note-key';
const KEY_BYTES = 32;

/** The configured note keys: every key that may still have notes, and the one that encrypts new notes. */
export interface NoteKeyRing {
  currentId: string;
  keys: ReadonlyMap<string, Buffer>;
}

export type NoteKeyConfig = Pick<
  AppConfig,
  'NODE_ENV' | 'SESSION_SECRET' | 'NOTES_ENCRYPTION_KEYS' | 'NOTES_ENCRYPTION_KEY_ID'
>;

/**
 * Reads NOTES_ENCRYPTION_KEYS (a JSON object: key id → base64 of 32 bytes; or base64url of that JSON) and
 * NOTES_ENCRYPTION_KEY_ID. A bad value
 * stops the process at boot, with a message that names the key id at most, never key material. Without keys (not
 * allowed in production) one stable development key is derived from SESSION_SECRET (HKDF-SHA256).
 */
export function noteKeyRing(config: NoteKeyConfig): NoteKeyRing {
  if (!config.NOTES_ENCRYPTION_KEYS) {
    if (config.NODE_ENV === 'production') throw new Error('NOTES_ENCRYPTION_KEYS must be set in production.');
    const key = Buffer.from(hkdfSync('sha256', config.SESSION_SECRET, Buffer.alloc(0), HKDF_INFO, KEY_BYTES));
    return { currentId: DEVELOPMENT_NOTE_KEY_ID, keys: new Map([[DEVELOPMENT_NOTE_KEY_ID, key]]) };
  }
  const value = config.NOTES_ENCRYPTION_KEYS.trim();
  // JSON, or base64url of it (braces and quotes survive no shell or compose file unescaped).
  const json = /^[[{]/.test(value) ? value : Buffer.from(value, 'base64url').toString('utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new Error('NOTES_ENCRYPTION_KEYS is not valid JSON (an object of key id → base64 key).');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error('NOTES_ENCRYPTION_KEYS must be a JSON object of key id → base64 key.');
  }
  const keys = new Map<string, Buffer>();
  for (const [id, value] of Object.entries(parsed)) {
    if (!/^[\w.-]{1,64}$/.test(id)) {
      throw new Error('NOTES_ENCRYPTION_KEYS: key ids are 1–64 letters, digits, ".", "_" or "-".');
    }
    const key = typeof value === 'string' ? Buffer.from(value, 'base64') : Buffer.alloc(0);
    if (key.length !== KEY_BYTES) {
      throw new Error(`NOTES_ENCRYPTION_KEYS: key "${id}" must be base64 of exactly ${KEY_BYTES} bytes.`);
    }
    keys.set(id, key);
  }
  const currentId = config.NOTES_ENCRYPTION_KEY_ID ?? '';
  if (!keys.has(currentId)) {
    throw new Error('NOTES_ENCRYPTION_KEY_ID must name one of the keys of NOTES_ENCRYPTION_KEYS.');
  }
  return { currentId, keys };
}
