import { DomainError } from '@parity/shared/errors';
import { CoachingErrorCode } from '../coaching.errors';

/**
 * A note whose body does not open for its row as stored (tampered bytes, or its visibility, engagement or author
 * changed outside the app, or a key no longer configured). A stable server error naming the note's id only: its
 * text is never served, to anyone, until the row is restored.
 */
export const noteUnreadable = (noteId: string): DomainError =>
  new DomainError(CoachingErrorCode.NOTE_UNREADABLE, 'This coaching note cannot be opened.', { noteId });
