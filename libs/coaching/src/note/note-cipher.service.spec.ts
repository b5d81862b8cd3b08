import { randomBytes, randomUUID } from 'node:crypto';
import { NoteCipher } from './note-cipher.service';
import { NoteDecryptionError } from './note-decryption.error';
import { DEVELOPMENT_NOTE_KEY_ID, type NoteKeyConfig } from './note-key-ring';
import { NoteVisibility } from './note-visibility.enum';

const SECRET = 'a-session-secret-of-at-least-32-characters';
const key = (): string => randomBytes(32).toString('base64');
const configured = (keys: Record<string, string>, current: string): NoteKeyConfig => ({
  NODE_ENV: 'production',
  SESSION_SECRET: SECRET,
  NOTES_ENCRYPTION_KEYS: JSON.stringify(keys),
  NOTES_ENCRYPTION_KEY_ID: current,
});
const binding = () => ({
  noteId: randomUUID(),
  authorId: randomUUID(),
  engagementId: randomUUID(),
  visibility: NoteVisibility.PRIVATE,
});
const BODY = 'Confidential: she wants to apply for the commander post — Ђурђа, ë, ç, 🙂';

describe('NoteCipher (AES-256-GCM, note id, author, engagement and visibility bound as additional data)', () => {
  const cipher = new NoteCipher(configured({ k1: key() }, 'k1'));

  it('round-trips a body, and the stored bytes are nonce ‖ ciphertext ‖ tag without the text', () => {
    const note = binding();
    const sealed = cipher.encrypt(note, BODY);
    expect(sealed.keyId).toBe('k1');
    expect(sealed.ciphertext.length).toBe(12 + Buffer.byteLength(BODY) + 16);
    expect(sealed.ciphertext.toString('utf8')).not.toContain('commander');
    expect(cipher.decrypt(note, sealed)).toBe(BODY);
  });

  it('uses a fresh nonce every time: the same body never encrypts to the same bytes', () => {
    const note = binding();
    const a = cipher.encrypt(note, BODY).ciphertext;
    const b = cipher.encrypt(note, BODY).ciphertext;
    expect(a.subarray(0, 12).equals(b.subarray(0, 12))).toBe(false);
    expect(a.equals(b)).toBe(false);
  });

  it.each([
    ['a ciphertext byte', 14],
    ['a nonce byte', 0],
    ['a tag byte', -1],
  ])('refuses a body with %s flipped', (_what, index) => {
    const note = binding();
    const sealed = cipher.encrypt(note, BODY);
    const tampered = Buffer.from(sealed.ciphertext);
    const at = index < 0 ? tampered.length + index : index;
    tampered[at] = (tampered[at] ?? 0) ^ 0x01;
    expect(() => cipher.decrypt(note, { ...sealed, ciphertext: tampered })).toThrow(NoteDecryptionError);
  });

  it('refuses a truncated body', () => {
    const note = binding();
    const sealed = cipher.encrypt(note, BODY);
    expect(() => cipher.decrypt(note, { ...sealed, ciphertext: sealed.ciphertext.subarray(0, 20) })).toThrow(
      NoteDecryptionError,
    );
  });

  it('refuses a note moved to another author, or its ciphertext copied onto another note', () => {
    const note = binding();
    const sealed = cipher.encrypt(note, BODY);
    expect(() => cipher.decrypt({ ...note, authorId: randomUUID() }, sealed)).toThrow(NoteDecryptionError);
    expect(() => cipher.decrypt({ ...note, noteId: randomUUID() }, sealed)).toThrow(NoteDecryptionError);
  });

  it('refuses a private note whose row was flipped to shared, or moved to another engagement, without the key', () => {
    const note = binding();
    const sealed = cipher.encrypt(note, BODY);
    expect(() => cipher.decrypt({ ...note, visibility: NoteVisibility.SHARED }, sealed)).toThrow(
      NoteDecryptionError,
    );
    expect(() => cipher.decrypt({ ...note, engagementId: randomUUID() }, sealed)).toThrow(
      NoteDecryptionError,
    );
    expect(cipher.decrypt(note, sealed)).toBe(BODY);
  });

  it('re-encrypts for a new visibility: the new binding opens it, the old one no longer does', () => {
    const note = binding();
    const shared = { ...note, visibility: NoteVisibility.SHARED };
    const sealed = cipher.reencrypt(note, cipher.encrypt(note, BODY), shared);
    expect(cipher.decrypt(shared, sealed)).toBe(BODY);
    expect(() => cipher.decrypt(note, sealed)).toThrow(NoteDecryptionError);
  });

  it('names ids only when it refuses, never the text', () => {
    const note = binding();
    const sealed = cipher.encrypt(note, BODY);
    try {
      cipher.decrypt({ ...note, authorId: randomUUID() }, sealed);
      throw new Error('expected a refusal');
    } catch (error) {
      expect(String(error)).toContain(note.noteId);
      expect(String(error)).not.toContain('commander');
    }
  });

  it('rotates: a new current key encrypts, the old one still opens until its notes are re-encrypted', () => {
    const old = key();
    const next = key();
    const before = new NoteCipher(configured({ old }, 'old'));
    const note = binding();
    const sealed = before.encrypt(note, BODY);

    const during = new NoteCipher(configured({ old, next }, 'next'));
    expect(during.decrypt(note, sealed)).toBe(BODY);
    const rekeyed = during.reencrypt(note, sealed);
    expect(rekeyed.keyId).toBe('next');
    expect(during.encrypt(binding(), 'x').keyId).toBe('next');

    // Once every note is re-encrypted, the old key is removed: only the re-encrypted body still opens.
    const after = new NoteCipher(configured({ next }, 'next'));
    expect(after.decrypt(note, rekeyed)).toBe(BODY);
    expect(() => after.decrypt(note, sealed)).toThrow(NoteDecryptionError);
  });

  it('derives one stable development key from SESSION_SECRET when none is configured (not in production)', () => {
    const dev = { NODE_ENV: 'development' as const, SESSION_SECRET: SECRET };
    const note = binding();
    const sealed = new NoteCipher(dev).encrypt(note, BODY);
    expect(sealed.keyId).toBe(DEVELOPMENT_NOTE_KEY_ID);
    expect(new NoteCipher(dev).decrypt(note, sealed)).toBe(BODY);
    expect(() => new NoteCipher({ ...dev, SESSION_SECRET: `${SECRET}-other` }).decrypt(note, sealed)).toThrow(
      NoteDecryptionError,
    );
    expect(() => new NoteCipher({ ...dev, NODE_ENV: 'production' })).toThrow(/NOTES_ENCRYPTION_KEYS/);
  });

  it('takes the keys as JSON or as base64url of the JSON (for compose files and shells)', () => {
    const k1 = key();
    const note = binding();
    const sealed = new NoteCipher(configured({ k1 }, 'k1')).encrypt(note, BODY);
    const encoded = Buffer.from(JSON.stringify({ k1 })).toString('base64url');
    const fromBase64 = new NoteCipher({ ...configured({}, 'k1'), NOTES_ENCRYPTION_KEYS: encoded });
    expect(fromBase64.decrypt(note, sealed)).toBe(BODY);
  });

  it('refuses bad key configuration at boot without echoing key material', () => {
    const short = Buffer.alloc(16, 7).toString('base64');
    expect(() => new NoteCipher(configured({ k1: short }, 'k1'))).toThrow(/exactly 32 bytes/);
    expect(() => new NoteCipher(configured({ k1: short }, 'k1'))).not.toThrow(new RegExp(short));
    expect(() => new NoteCipher(configured({ k1: key() }, 'k2'))).toThrow(/NOTES_ENCRYPTION_KEY_ID/);
    expect(() => new NoteCipher({ ...configured({}, 'k1'), NOTES_ENCRYPTION_KEYS: '[1]' })).toThrow(
      /JSON object/,
    );
  });
});
