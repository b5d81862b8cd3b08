import { CommonErrorCode, type ErrorKind } from '@parity/shared/errors';
import { IdentityErrorCode } from '@parity/identity';
import { CurriculumErrorCode } from '@parity/curriculum';
import { StorageErrorCode } from '@parity/shared/storage';
import { LEARNING_ERROR_KINDS, LearningErrorCode } from '@parity/learning';
import { ASSESSMENT_ERROR_KINDS, AssessmentErrorCode } from '@parity/assessment';
import { CERTIFICATION_ERROR_KINDS, CertificationErrorCode } from '@parity/certification';
import { COACHING_ERROR_KINDS, CoachingErrorCode } from '@parity/coaching';

/**
 * Every error code a client can receive. A new domain adds its enum here: either mapped in the switch below, or
 * (newer domains) with a `Record<Code, ErrorKind>` of its own, which the compiler keeps exhaustive.
 */
export type ErrorCode =
  | CommonErrorCode
  | IdentityErrorCode
  | CurriculumErrorCode
  | StorageErrorCode
  | LearningErrorCode
  | AssessmentErrorCode
  | CertificationErrorCode
  | CoachingErrorCode;

/** Domains that declare the kind of each of their codes themselves. */
const DOMAIN_ERROR_KINDS: Readonly<Record<string, ErrorKind>> = {
  ...LEARNING_ERROR_KINDS,
  ...ASSESSMENT_ERROR_KINDS,
  ...CERTIFICATION_ERROR_KINDS,
  ...COACHING_ERROR_KINDS,
};

export const ALL_ERROR_CODES: readonly ErrorCode[] = [
  ...Object.values(CommonErrorCode),
  ...Object.values(IdentityErrorCode),
  ...Object.values(CurriculumErrorCode),
  ...Object.values(StorageErrorCode),
  ...Object.values(LearningErrorCode),
  ...Object.values(AssessmentErrorCode),
  ...Object.values(CertificationErrorCode),
  ...Object.values(CoachingErrorCode),
];

/** Codes raised before a resolver runs (parsing, validation, query limits). */
export const PROTOCOL_ERROR_CODES = [
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'QUERY_TOO_COMPLEX',
] as const;

/** Everything a client may see in `extensions.code`. */
export const CLIENT_ERROR_CODES: readonly string[] = [...ALL_ERROR_CODES, ...PROTOCOL_ERROR_CODES];

export type { ErrorKind };

/** How an error is treated (logging level, meaning). Exhaustive: a code missing here fails to compile. */
export function errorKind(code: ErrorCode): ErrorKind {
  const declared = DOMAIN_ERROR_KINDS[code];
  if (declared) return declared;
  const mapped = code as Exclude<
    ErrorCode,
    LearningErrorCode | AssessmentErrorCode | CertificationErrorCode | CoachingErrorCode
  >;
  switch (mapped) {
    case CommonErrorCode.BAD_USER_INPUT:
    case IdentityErrorCode.WEAK_PASSWORD:
    case IdentityErrorCode.INVITATION_INVALID:
    case CurriculumErrorCode.INVALID_PACKAGE:
    case CurriculumErrorCode.NO_COMPLETE_LANGUAGE:
    case StorageErrorCode.FILE_TOO_LARGE:
    case StorageErrorCode.FILE_TYPE_NOT_ALLOWED:
    case StorageErrorCode.FILE_TYPE_MISMATCH:
      return 'input';
    case CommonErrorCode.UNAUTHENTICATED:
    case CommonErrorCode.FORBIDDEN:
    case IdentityErrorCode.INVALID_CREDENTIALS:
    case CurriculumErrorCode.SELF_APPROVAL:
      return 'auth';
    case CommonErrorCode.NOT_FOUND:
      return 'not-found';
    case CommonErrorCode.CONFLICT:
    case IdentityErrorCode.EMAIL_TAKEN:
    case IdentityErrorCode.UNIT_NAME_TAKEN:
    case IdentityErrorCode.LAST_PLATFORM_ADMIN:
    case CurriculumErrorCode.EDIT_CONFLICT:
    case CurriculumErrorCode.VERSION_NOT_EDITABLE:
    case CurriculumErrorCode.INVALID_TRANSITION:
      return 'conflict';
    case CommonErrorCode.RATE_LIMITED:
      return 'limit';
    case CommonErrorCode.INTERNAL:
      return 'server';
    default: {
      const unmapped: never = mapped;
      throw new Error(`Unmapped error code ${String(unmapped)}`);
    }
  }
}

export function isErrorCode(code: string): code is ErrorCode {
  return (ALL_ERROR_CODES as readonly string[]).includes(code);
}

const HTTP_STATUS: Record<ErrorKind, number> = {
  input: 400,
  auth: 403,
  'not-found': 404,
  conflict: 409,
  limit: 429,
  server: 500,
};

/** The HTTP status of an error on the REST routes (files); UNAUTHENTICATED is 401. */
export function httpStatusOf(code: string): number {
  if (code === CommonErrorCode.UNAUTHENTICATED) return 401;
  return isErrorCode(code) ? HTTP_STATUS[errorKind(code)] : 500;
}
