import { z } from 'zod';
import { CourseVisibility } from '../course/course-visibility.enum';
import type { TranslatedText } from '../translation/translated-text';
import { plainTranslations } from '../translation/translation-input.schema';

const name = plainTranslations(300).refine(
  (value: TranslatedText) => Object.keys(value).length > 0,
  'REQUIRED',
);
const categories = z
  .array(z.string().trim().min(1).max(100))
  .max(100)
  .transform((list) => [...new Set(list)]);

export const createBankSchema = z.object({
  institutionId: z.string().uuid(),
  name,
  visibility: z.nativeEnum(CourseVisibility).nullish(),
  categories: categories.nullish(),
});

export const updateBankSchema = z.object({
  expectedRev: z.number().int().min(1),
  name: name.nullish(),
  visibility: z.nativeEnum(CourseVisibility).nullish(),
  categories: categories.nullish(),
});
