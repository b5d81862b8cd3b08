import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '@parity/shared/config';
import { NoteDecryptionError } from './note-decryption.error';
import { noteKeyRing, type NoteKeyConfig, type NoteKeyRing } from './note-key-ring';
import type { NoteVisibility } from './note-visibility.enum';

const ALGORITHM = 'aes-256-gcm';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/** A note body as stored: which key, and nonce ‖ ciphertext ‖ tag. */
export interface SealedNote {
  keyId: string;
  ciphertext: Buffer;
}

/**
 * Which note a ciphertext belongs to, whose it is and who may read it: all four are bound into it as additional
 * data, so changing any of them in the database (without the key) makes the body unreadable, never readable by
 * someone else. Changing the visibility through the app re-encrypts the body.
 */
export interface NoteBinding {
  noteId: string;
  authorId: string;
  engagementId: string;
  visibility: NoteVisibility;
}

/**
 * Encrypts coaching note bodies with AES-256-GCM before they reach the database. Every body gets a fresh random
 * 12-byte nonce; the note's id, author, engagement and visibility are authenticated additional data, so a
 * ciphertext copied onto another note, a note re-assigned to another author or engagement, or a private note
 * flipped to shared in SQL fails to open instead of showing someone's words to another reader.
 */
@Injectable()
export class NoteCipher {
  private readonly ring: NoteKeyRing;

  constructor(@Inject(APP_CONFIG) config: NoteKeyConfig) {
    this.ring = noteKeyRing(config);
  }

  /** The key new notes are encrypted with. */
  get currentKeyId(): string {
    return this.ring.currentId;
  }

  encrypt(binding: NoteBinding, body: string): SealedNote {
    const key = this.key(this.ring.currentId, binding.noteId);
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv(ALGORITHM, key, nonce, { authTagLength: TAG_BYTES });
    cipher.setAAD(NoteCipher.aad(binding));
    const encrypted = Buffer.concat([cipher.update(body, 'utf8'), cipher.final()]);
    return {
      keyId: this.ring.currentId,
      ciphertext: Buffer.concat([nonce, encrypted, cipher.getAuthTag()]),
    };
  }

  decrypt(binding: NoteBinding, sealed: SealedNote): string {
    const key = this.key(sealed.keyId, binding.noteId);
    const bytes = sealed.ciphertext;
    if (bytes.length < NONCE_BYTES + TAG_BYTES) throw new NoteDecryptionError(binding.noteId, sealed.keyId);
    try {
      const decipher = createDecipheriv(ALGORITHM, key, bytes.subarray(0, NONCE_BYTES), {
        authTagLength: TAG_BYTES,
      });
      decipher.setAAD(NoteCipher.aad(binding));
      decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
      return Buffer.concat([
        decipher.update(bytes.subarray(NONCE_BYTES, bytes.length - TAG_BYTES)),
        decipher.final(),
      ]).toString('utf8');
    } catch {
      throw new NoteDecryptionError(binding.noteId, sealed.keyId);
    }
  }

  /**
   * A body opened with its stored binding and sealed again with the current key and `next` (rotation: the same
   * binding; a visibility change: the new one).
   */
  reencrypt(binding: NoteBinding, sealed: SealedNote, next: NoteBinding = binding): SealedNote {
    return this.encrypt(next, this.decrypt(binding, sealed));
  }

  private key(keyId: string, noteId: string): Buffer {
    const key = this.ring.keys.get(keyId);
    if (!key) throw new NoteDecryptionError(noteId, keyId);
    return key;
  }

  private static aad({ noteId, authorId, engagementId, visibility }: NoteBinding): Buffer {
    return Buffer.from(`session_note:v2:${noteId}:${authorId}:${engagementId}:${visibility}`, 'utf8');
  }
}
