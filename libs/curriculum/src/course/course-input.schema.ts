import { z } from 'zod';
import { LOCALES } from '../translation/locale';
import { plainTranslations, richTranslations } from '../translation/translation-input.schema';
import { CourseVisibility } from './course-visibility.enum';

export const TITLE_MAX = 300;
const tags = z.array(z.string().trim().toLowerCase().min(1).max(40)).max(20);
const minutes = z.number().int().min(1).max(10_000).nullish();

export const createCourseSchema = z.object({
  institutionId: z.string().uuid(),
  defaultLocale: z.enum(LOCALES),
  title: plainTranslations(TITLE_MAX).refine((value) => Object.keys(value).length > 0, 'REQUIRED'),
  summary: richTranslations.nullish(),
  visibility: z.nativeEnum(CourseVisibility).nullish(),
  tags: tags.nullish(),
  estimatedMinutes: minutes,
});
export type CreateCourseData = z.input<typeof createCourseSchema>;

export const courseSettingsSchema = z.object({
  expectedRev: z.number().int().min(1),
  visibility: z.nativeEnum(CourseVisibility).nullish(),
  tags: tags.nullish(),
  estimatedMinutes: minutes,
  selfEnrolment: z.boolean().nullish(),
  completionMinimumMinutes: minutes,
});
export type CourseSettingsData = z.input<typeof courseSettingsSchema>;
