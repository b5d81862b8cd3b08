import { z } from 'zod';
import { plainTranslations, richTranslations } from '../translation/translation-input.schema';

const TITLE_MAX = 300;
const rev = z.number().int().min(1);
const title = plainTranslations(TITLE_MAX);
const httpsUrl = z
  .string()
  .trim()
  .max(500)
  .url()
  .refine((value) => /^https:\/\//i.test(value), 'INVALID');

export const versionTextSchema = z.object({
  expectedRev: rev,
  title: title.nullish(),
  summary: richTranslations.nullish(),
});
export const moduleSchema = z.object({ title, summary: richTranslations.nullish() });
export const moduleUpdateSchema = z.object({
  expectedRev: rev,
  title: title.nullish(),
  summary: richTranslations.nullish(),
});
export const lessonSchema = z.object({
  title,
  body: richTranslations.nullish(),
  videoUrl: httpsUrl.nullish(),
  estimatedMinutes: z.number().int().min(1).max(1000).nullish(),
});
export const lessonUpdateSchema = lessonSchema.partial().extend({ expectedRev: rev });
export const positionSchema = z.number().int().min(0).max(10_000);
