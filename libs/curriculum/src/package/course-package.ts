import { z } from 'zod';
import { LOCALES } from '../translation/locale';
import { CourseVisibility } from '../course/course-visibility.enum';
import { PACKAGE_FORMAT as SNAPSHOT_FORMAT } from '../version/snapshot';
import { packagedQuizSchema } from './quiz-package';

export const PACKAGE_FORMAT = 'parity.course-package/1';
export const MAX_PACKAGE_BYTES = 5 * 1024 * 1024;

/** Text per language: only known locales, bounded lengths (plain text for titles, HTML for bodies). */
const translations = (max: number) => z.record(z.enum(LOCALES), z.string().max(max)).default({});

const lesson = z
  .object({
    title: translations(300),
    body: translations(200_000),
    videoUrl: z.string().max(500).url().startsWith('https://').nullable().default(null),
    estimatedMinutes: z.number().int().min(1).max(1000).nullable().default(null),
  })
  .strict();

const courseModule = z
  .object({
    title: translations(300),
    summary: translations(200_000),
    lessons: z.array(lesson).max(200),
    quizzes: z.array(packagedQuizSchema).max(50).default([]),
  })
  .strict();

/** A course snapshot as found in a package: strictly the shape Parity writes, nothing more. */
export const snapshotSchema = z
  .object({
    format: z.literal(SNAPSHOT_FORMAT),
    course: z
      .object({
        defaultLocale: z.enum(LOCALES),
        visibility: z.nativeEnum(CourseVisibility),
        tags: z.array(z.string().max(40)).max(20),
        estimatedMinutes: z.number().int().min(1).max(10_000).nullable(),
      })
      .strict(),
    version: z
      .object({
        number: z.number().int().min(1),
        title: translations(300),
        summary: translations(200_000),
        locales: z.array(z.enum(LOCALES)),
      })
      .strict(),
    modules: z.array(courseModule).max(200),
  })
  .passthrough();

export const packageSchema = z
  .object({
    format: z.literal(PACKAGE_FORMAT),
    exportedAt: z.string().datetime(),
    source: z
      .object({
        institution: z.string().max(200),
        courseId: z.string().uuid(),
        versionNumber: z.number().int(),
      })
      .strict(),
    /** SHA-256 of the canonical snapshot: a package changed after export (or damaged) is refused. */
    hash: z.string().regex(/^[0-9a-f]{64}$/),
    snapshot: snapshotSchema,
  })
  .strict();

export type CoursePackage = z.infer<typeof packageSchema>;
export type PackageSnapshot = z.infer<typeof snapshotSchema>;
