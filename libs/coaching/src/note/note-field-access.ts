import { AuthorizationService, type Operation, type Relation } from '@parity/identity';
import { forbidden } from '@parity/shared/errors';
import type { SessionNoteType } from './dto/session-note.type';
import { NoteVisibility } from './note-visibility.enum';
import type { NoteView } from './note-view';

const BY_VISIBILITY: Record<NoteVisibility, Operation> = {
  [NoteVisibility.PRIVATE]: 'coaching.note.private.read',
  [NoteVisibility.SHARED]: 'coaching.note.shared.read',
};

/**
 * The one place that decides who reads which field of a note: every field of SessionNote → the authorisation row
 * that guards it, by the note's visibility. Adding a field to SessionNoteType without a rule here does not compile.
 * Today every field follows the note's visibility (even the id and dates say that a note exists).
 */
export const NOTE_FIELD_ACCESS: Record<keyof SessionNoteType, Record<NoteVisibility, Operation>> = {
  id: BY_VISIBILITY,
  engagementId: BY_VISIBILITY,
  sessionId: BY_VISIBILITY,
  author: BY_VISIBILITY,
  visibility: BY_VISIBILITY,
  body: BY_VISIBILITY,
  createdAt: BY_VISIBILITY,
  updatedAt: BY_VISIBILITY,
};

export type NoteField = keyof typeof NOTE_FIELD_ACCESS;

/** True when a caller with these relations to a note of this visibility may read the field. */
export function mayReadNoteField(
  field: NoteField,
  visibility: NoteVisibility,
  relations: ReadonlySet<Relation>,
): boolean {
  return AuthorizationService.related(NOTE_FIELD_ACCESS[field][visibility], relations);
}

/** Refuses (FORBIDDEN) unless the caller may read the field of this note. */
export function assertNoteField(note: NoteView, field: NoteField): void {
  if (!mayReadNoteField(field, note.row.visibility, note.relations)) throw forbidden();
}
