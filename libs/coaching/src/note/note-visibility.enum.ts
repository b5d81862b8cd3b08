/** A private note is its author's alone; a shared note is the engagement's (coach and coachee). */
export enum NoteVisibility {
  PRIVATE = 'private',
  SHARED = 'shared',
}
