import { z } from 'zod';
import { SUPPORTED_LOCALES } from '@parity/identity';
import { isStorableText } from '@parity/shared/errors';

const tag = z.string().trim().min(1).max(80).refine(isStorableText, 'INVALID');

export const coachProfileInputSchema = z.object({
  expertise: z
    .array(tag)
    .max(20)
    .transform((tags) => [...new Map(tags.map((t) => [t.toLowerCase(), t])).values()]),
  languages: z
    .array(z.string().refine((code) => SUPPORTED_LOCALES.includes(code), 'UNSUPPORTED_LOCALE'))
    .min(1)
    .max(SUPPORTED_LOCALES.length)
    .transform((codes) => [...new Set(codes)]),
  availability: z
    .string()
    .trim()
    .max(500)
    .refine(isStorableText, 'INVALID')
    .nullish()
    .transform((value) => value || null),
  maxEngagements: z.number().int().min(1).max(50),
  accepting: z.boolean(),
});

export const matchingFilterSchema = z.object({
  language: z
    .string()
    .refine((code) => SUPPORTED_LOCALES.includes(code), 'UNSUPPORTED_LOCALE')
    .nullish(),
  expertise: z.string().trim().max(80).refine(isStorableText, 'INVALID').nullish(),
});
