import { DomainError, type FieldProblem } from '@parity/shared/errors';
import { CurriculumErrorCode } from '../curriculum.errors';
import { snapshotHash } from '../version/snapshot';
import { MAX_PACKAGE_BYTES, packageSchema, type CoursePackage } from './course-package';

const invalid = (reason: string, problems: FieldProblem[] = []): DomainError =>
  new DomainError(CurriculumErrorCode.INVALID_PACKAGE, `This course package cannot be imported: ${reason}.`, {
    reason,
    problems,
  });

/** Keys that could alter object prototypes if a consumer merged the document carelessly. */
const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Reads a course package: size-bounded JSON, no prototype keys, exactly the expected shape, and a hash that matches
 * its content. Throws INVALID_PACKAGE with the reason; never returns a half-valid package.
 */
export function parsePackage(text: string): CoursePackage {
  if (Buffer.byteLength(text) > MAX_PACKAGE_BYTES) throw invalid('it is larger than 5 MB');
  let raw: unknown;
  try {
    raw = JSON.parse(text, (key, value: unknown) => {
      if (HOSTILE_KEYS.has(key)) throw new Error('hostile key');
      return value;
    });
  } catch (error) {
    throw invalid(
      (error as Error).message === 'hostile key' ? 'it contains forbidden keys' : 'it is not valid JSON',
    );
  }
  const parsed = packageSchema.safeParse(raw);
  if (!parsed.success) {
    throw invalid(
      'its content is not a Parity course package',
      parsed.error.issues
        .slice(0, 20)
        .map((issue) => ({ field: issue.path.join('.') || 'package', code: 'INVALID' })),
    );
  }
  const original = (raw as { snapshot: unknown }).snapshot;
  if (snapshotHash(original) !== parsed.data.hash) throw invalid('its content does not match its checksum');
  return parsed.data;
}
