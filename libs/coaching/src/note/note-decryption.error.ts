/**
 * The note body cannot be opened: tampered bytes, another note's ciphertext, a row whose author, engagement or
 * visibility was changed outside the app, or a key no longer configured. The message names ids only (it is logged as an internal error).
 */
export class NoteDecryptionError extends Error {
  constructor(noteId: string, keyId: string) {
    super(`Coaching note ${noteId} could not be decrypted (key "${keyId}")`);
    this.name = 'NoteDecryptionError';
  }
}
