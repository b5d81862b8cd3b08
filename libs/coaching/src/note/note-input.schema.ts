import { z } from 'zod';
import { isStorableText } from '@parity/shared/errors';
import { NoteVisibility } from './note-visibility.enum';

export const NOTE_BODY_MAX = 20_000;

/** A note body: 1–20 000 characters PostgreSQL can store (its value never appears in an error, only its field). */
const body = z.string().min(1).max(NOTE_BODY_MAX).refine(isStorableText, 'INVALID');

export const writeNoteSchema = z.object({
  engagementId: z.string().uuid(),
  sessionId: z.string().uuid().nullish(),
  visibility: z.nativeEnum(NoteVisibility),
  body,
});

export const updateNoteSchema = z
  .object({
    id: z.string().uuid(),
    body: body.nullish(),
    visibility: z.nativeEnum(NoteVisibility).nullish(),
  })
  .refine((input) => input.body != null || input.visibility != null, {
    message: 'REQUIRED',
    path: ['body'],
  });
