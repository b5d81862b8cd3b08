import { ALL_RELATIONS, type Relation } from '@parity/identity';
import { mayReadNoteField, NOTE_FIELD_ACCESS, type NoteField } from './note-field-access';
import { NoteVisibility } from './note-visibility.enum';

const FIELDS = Object.keys(NOTE_FIELD_ACCESS) as NoteField[];
const cases = FIELDS.flatMap((field) =>
  ALL_RELATIONS.flatMap((relation) =>
    Object.values(NoteVisibility).map((visibility) => ({ field, relation, visibility })),
  ),
);
/** Who reads a note of each visibility, per the issue: the author alone; the pair. */
const READERS: Record<NoteVisibility, readonly Relation[]> = {
  [NoteVisibility.PRIVATE]: ['author'],
  [NoteVisibility.SHARED]: ['coach', 'coachee'],
};

describe('NOTE_FIELD_ACCESS: who reads each field of a note', () => {
  it('covers every field of SessionNote', () => {
    expect(FIELDS.sort()).toEqual(
      ['author', 'body', 'createdAt', 'engagementId', 'id', 'sessionId', 'updatedAt', 'visibility'].sort(),
    );
  });

  it.each(cases)('$visibility note · $field · as $relation alone', ({ field, relation, visibility }) => {
    expect(mayReadNoteField(field, visibility, new Set([relation]))).toBe(
      READERS[visibility].includes(relation),
    );
  });

  it('a coach reading the coachee’s private note is refused even with every other relation', () => {
    const everythingButAuthor = new Set(ALL_RELATIONS.filter((relation) => relation !== 'author'));
    for (const field of FIELDS) {
      expect(mayReadNoteField(field, NoteVisibility.PRIVATE, everythingButAuthor)).toBe(false);
    }
  });
});
