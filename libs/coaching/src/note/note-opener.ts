import type { NoteCipher } from './note-cipher.service';
import { NoteDecryptionError } from './note-decryption.error';
import { bindingOf, sealedOf } from './note-rows';
import { noteUnreadable } from './note-unreadable.error';
import type { NoteRow } from './note-view';

/** The body of a note as its row says now, or a stable NOTE_UNREADABLE server error (never the text). */
export function openNoteBody(cipher: NoteCipher, row: NoteRow): string {
  try {
    return cipher.decrypt(bindingOf(row), sealedOf(row));
  } catch (error) {
    if (error instanceof NoteDecryptionError) throw noteUnreadable(row.id);
    throw error;
  }
}
