import { DomainError, type FieldProblem } from '@parity/shared/errors';
import { CurriculumErrorCode } from '../curriculum.errors';
import { snapshotHash } from '../version/snapshot';
import {
  MAX_PACKAGE_BYTES,
  PACKAGE_FORMAT_WITH_FILES,
  packageSchema,
  packageWithFilesSchema,
  type CoursePackage,
} from './course-package';

export const invalidPackage = (reason: string, problems: FieldProblem[] = []): DomainError =>
  new DomainError(CurriculumErrorCode.INVALID_PACKAGE, `This course package cannot be imported: ${reason}.`, {
    reason,
    problems,
  });

/** Keys that could alter object prototypes if a consumer merged the document carelessly. */
const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const megabytes = (bytes: number): string => `${Math.floor(bytes / (1024 * 1024))} MB`;

/**
 * Reads a course package (with files, `parity.course-package/2`, or without, `/1`): size-bounded JSON, no prototype
 * keys, exactly the expected shape, and a hash that matches its content. Throws INVALID_PACKAGE with the reason;
 * never returns a half-valid package. The files' own sizes, checksums and types are checked by `verifyPackagedFiles`.
 */
export function parsePackage(text: string, maxBytes: number = MAX_PACKAGE_BYTES): CoursePackage {
  if (Buffer.byteLength(text) > maxBytes) {
    throw invalidPackage(`it is larger than ${megabytes(maxBytes)}`, [
      { field: 'package', code: 'FILE_TOO_LARGE' },
    ]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text, (key, value: unknown) => {
      if (HOSTILE_KEYS.has(key)) throw new Error('hostile key');
      return value;
    });
  } catch (error) {
    throw invalidPackage(
      (error as Error).message === 'hostile key' ? 'it contains forbidden keys' : 'it is not valid JSON',
    );
  }
  const withFiles =
    typeof raw === 'object' &&
    raw !== null &&
    (raw as { format?: unknown }).format === PACKAGE_FORMAT_WITH_FILES;
  const parsed = withFiles ? packageWithFilesSchema.safeParse(raw) : packageSchema.safeParse(raw);
  if (!parsed.success) {
    throw invalidPackage(
      'its content is not a Parity course package',
      parsed.error.issues
        .slice(0, 20)
        .map((issue) => ({ field: issue.path.join('.') || 'package', code: 'INVALID' })),
    );
  }
  const original = (raw as { snapshot: unknown }).snapshot;
  if (snapshotHash(original) !== parsed.data.hash)
    throw invalidPackage('its content does not match its checksum');
  return parsed.data;
}
