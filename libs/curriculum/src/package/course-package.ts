import { z } from 'zod';
import { LOCALES } from '../translation/locale';
import { CourseVisibility } from '../course/course-visibility.enum';
import { PACKAGE_FORMAT as SNAPSHOT_FORMAT } from '../version/snapshot';
import { packagedQuizSchema } from './quiz-package';

/** A package without files (GraphQL `exportCourseVersion`); still imported everywhere. */
export const PACKAGE_FORMAT = 'parity.course-package/1';
/** A package that carries its lesson files, base64 in the same JSON document (REST `GET /packages/:versionId`). */
export const PACKAGE_FORMAT_WITH_FILES = 'parity.course-package/2';
/** The largest package GraphQL takes (its request bodies stop at 4 MB anyway). */
export const MAX_PACKAGE_BYTES = 5 * 1024 * 1024;
/** At most this many bytes of lesson files in one package (before base64). */
export const MAX_PACKAGE_FILE_BYTES = 100 * 1024 * 1024;
export const MAX_PACKAGE_FILES = 1000;
/** The largest package document the REST import reads: the files in base64 plus room for the course itself. */
export const MAX_PACKAGE_UPLOAD_BYTES = Math.ceil(MAX_PACKAGE_FILE_BYTES / 3) * 4 + 16 * 1024 * 1024;

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

/**
 * One lesson file in a package: the lesson it belongs to (module and lesson index in the snapshot, in order), the
 * name a person gave it, its type, its size and SHA-256, and the bytes in base64. Checked again on import exactly
 * like an upload.
 */
export const packagedFileSchema = z
  .object({
    module: z.number().int().min(0).max(199),
    lesson: z.number().int().min(0).max(199),
    name: z.string().min(1).max(255),
    contentType: z.string().max(120),
    size: z.number().int().min(0).max(MAX_PACKAGE_FILE_BYTES),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    data: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/),
  })
  .strict();

export const packageWithFilesSchema = packageSchema.extend({
  format: z.literal(PACKAGE_FORMAT_WITH_FILES),
  files: z.array(packagedFileSchema).max(MAX_PACKAGE_FILES),
});

export type CoursePackage = z.infer<typeof packageSchema> | z.infer<typeof packageWithFilesSchema>;
export type PackageSnapshot = z.infer<typeof snapshotSchema>;
export type PackagedFile = z.infer<typeof packagedFileSchema>;
