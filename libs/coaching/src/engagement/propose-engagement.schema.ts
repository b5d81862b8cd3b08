import { z } from 'zod';
import { isStorableText } from '@parity/shared/errors';
import { isoDateSchema } from '../programme/iso-date.schema';

export const MAX_PLANNED_SESSIONS = 50;

export const proposeEngagementSchema = z
  .object({
    programmeId: z.string().uuid(),
    coachId: z.string().uuid(),
    coacheeId: z.string().uuid(),
    plannedSessions: z.number().int().min(1).max(MAX_PLANNED_SESSIONS),
    startsOn: isoDateSchema.nullish().transform((value) => value ?? null),
    endsOn: isoDateSchema.nullish().transform((value) => value ?? null),
  })
  .refine((input) => input.coachId !== input.coacheeId, { path: ['coacheeId'], message: 'INVALID' })
  .refine((input) => !input.startsOn || !input.endsOn || input.endsOn >= input.startsOn, {
    path: ['endsOn'],
    message: 'OUT_OF_RANGE',
  });

export const endReasonSchema = z.object({
  reason: z.string().trim().min(1).max(2000).refine(isStorableText, 'INVALID'),
});
