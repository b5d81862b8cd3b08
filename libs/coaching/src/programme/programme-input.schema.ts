import { z } from 'zod';
import { isStorableText } from '@parity/shared/errors';
import { isoDateSchema } from './iso-date.schema';

export const MAX_PROGRAMME_MANAGERS = 20;

export const programmeInputSchema = z
  .object({
    institutionId: z.string().uuid(),
    name: z.string().trim().min(1).max(200).refine(isStorableText, 'INVALID'),
    description: z
      .string()
      .trim()
      .max(5000)
      .refine(isStorableText, 'INVALID')
      .nullish()
      .transform((value) => value || null),
    startsOn: isoDateSchema,
    endsOn: isoDateSchema,
    selfSignUp: z.boolean(),
    managerIds: z.array(z.string().uuid()).max(MAX_PROGRAMME_MANAGERS),
  })
  .refine((input) => input.endsOn >= input.startsOn, { path: ['endsOn'], message: 'OUT_OF_RANGE' });

export type ProgrammeInput = z.infer<typeof programmeInputSchema>;
