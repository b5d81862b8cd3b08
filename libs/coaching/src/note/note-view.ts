import type { Relation } from '@parity/identity';
import type { NoteVisibility } from './note-visibility.enum';

/** A note's row as read from session_note (the body still sealed). */
export interface NoteRow {
  id: string;
  engagementId: string;
  sessionId: string | null;
  authorId: string;
  visibility: NoteVisibility;
  keyId: string;
  bodyCiphertext: Buffer;
  createdAt: Date;
  updatedAt: Date | null;
}

/**
 * What a note resolver gets as its parent: the row and the caller's relations to the note. It has no property named
 * like a GraphQL field, so nothing reaches a reader except through the field resolvers and their access rule.
 */
export interface NoteView {
  readonly row: NoteRow;
  readonly relations: ReadonlySet<Relation>;
}
