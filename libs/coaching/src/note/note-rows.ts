import type { EntityManager } from '@mikro-orm/postgresql';
import type { NoteBinding, SealedNote } from './note-cipher.service';
import type { NoteVisibility } from './note-visibility.enum';
import type { NoteRow } from './note-view';

/** session_note's columns as NoteRow, for every query that reads notes. */
export const NOTE_COLUMNS = `n.id, n.engagement_id, n.session_id, n.author_id, n.visibility, n.key_id,
  n.body_ciphertext, n.created_at, n.updated_at`;

export interface RawNoteRow {
  id: string;
  engagement_id: string;
  session_id: string | null;
  author_id: string;
  visibility: NoteVisibility;
  key_id: string;
  body_ciphertext: Buffer;
  created_at: Date;
  updated_at: Date | null;
}

export function toNoteRow(raw: RawNoteRow): NoteRow {
  return {
    id: raw.id,
    engagementId: raw.engagement_id,
    sessionId: raw.session_id,
    authorId: raw.author_id,
    visibility: raw.visibility,
    keyId: raw.key_id,
    bodyCiphertext: raw.body_ciphertext,
    createdAt: new Date(raw.created_at),
    updatedAt: raw.updated_at ? new Date(raw.updated_at) : null,
  };
}

/** One note by id (locked for the caller's transaction when `forUpdate`), or null. */
export async function findNoteRow(em: EntityManager, id: string, forUpdate = false): Promise<NoteRow | null> {
  const [raw] = await em.execute<RawNoteRow[]>(
    `select ${NOTE_COLUMNS} from session_note n where n.id = ?${forUpdate ? ' for update' : ''}`,
    [id],
  );
  return raw ? toNoteRow(raw) : null;
}

/** What a note's ciphertext is bound to, as its row says now. */
export function bindingOf(
  row: Pick<NoteRow, 'id' | 'authorId' | 'engagementId' | 'visibility'>,
): NoteBinding {
  return {
    noteId: row.id,
    authorId: row.authorId,
    engagementId: row.engagementId,
    visibility: row.visibility,
  };
}

/** The row's stored body, as NoteCipher takes it. */
export function sealedOf(row: Pick<NoteRow, 'keyId' | 'bodyCiphertext'>): SealedNote {
  return { keyId: row.keyId, ciphertext: row.bodyCiphertext };
}
