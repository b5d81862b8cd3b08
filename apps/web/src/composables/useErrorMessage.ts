import { useI18n } from 'vue-i18n';
import type { ErrorCode, ProblemCode } from '../graphql/generated';
import { intlLocale } from '../i18n';
import { NETWORK_ERROR, type ApiError, type ApiProblem } from './useGraphql';

/**
 * Every `extensions.code` the API may send: the schema's `ErrorCode` enum. Written as a record so the compiler
 * checks it against the generated type (a code added to or removed from the schema fails to compile).
 */
const API_ERROR_CODES = {
  ATTEMPT_CLOSED: true,
  BAD_USER_INPUT: true,
  CERTIFICATE_ALREADY_REISSUED: true,
  CERTIFICATE_ALREADY_REVOKED: true,
  CERTIFICATE_NOT_REISSUABLE: true,
  CERTIFICATE_NOT_REVOKED: true,
  COACH_DOUBLE_BOOKED: true,
  COACH_UNAVAILABLE: true,
  COHORT_NAME_TAKEN: true,
  CONFLICT: true,
  EDIT_CONFLICT: true,
  EMAIL_TAKEN: true,
  ENGAGEMENT_ALREADY_OPEN: true,
  ENGAGEMENT_STATE_CONFLICT: true,
  ENROLMENT_NOT_ACTIVE: true,
  FEEDBACK_ALREADY_GIVEN: true,
  FILE_TOO_LARGE: true,
  FILE_TYPE_MISMATCH: true,
  FILE_TYPE_NOT_ALLOWED: true,
  FORBIDDEN: true,
  GRAPHQL_PARSE_FAILED: true,
  GRAPHQL_VALIDATION_FAILED: true,
  INTERNAL: true,
  INVALID_CREDENTIALS: true,
  INVALID_PACKAGE: true,
  INVALID_TRANSITION: true,
  INVITATION_INVALID: true,
  LAST_PLATFORM_ADMIN: true,
  NOTE_UNREADABLE: true,
  NOT_ENOUGH_SESSIONS: true,
  NOT_FOUND: true,
  NO_ATTEMPTS_LEFT: true,
  NO_COMPLETE_LANGUAGE: true,
  QUERY_TOO_COMPLEX: true,
  RATE_LIMITED: true,
  SELF_APPROVAL: true,
  SELF_ENROLMENT_CLOSED: true,
  SELF_SIGN_UP_CLOSED: true,
  SESSION_STATE_CONFLICT: true,
  UNAUTHENTICATED: true,
  UNIT_NAME_TAKEN: true,
  VERSION_NOT_EDITABLE: true,
  WEAK_PASSWORD: true,
} as const satisfies Record<ErrorCode, true>;

/** Every field problem code (`extensions.problems[].code`, `ImportProblem.code`): the schema's `ProblemCode`. */
const API_PROBLEM_CODES = {
  DUPLICATE_IN_FILE: true,
  EMAIL_TAKEN: true,
  FILE_TOO_LARGE: true,
  INVALID: true,
  INVALID_CURSOR: true,
  INVALID_EMAIL: true,
  INVALID_ROLE: true,
  INVALID_STATUS: true,
  INVALID_VALUE: true,
  MALFORMED_CSV: true,
  MISSING_COLUMN: true,
  NO_ROWS: true,
  OUT_OF_RANGE: true,
  REQUIRED: true,
  SAME_AS_EMAIL: true,
  TOO_LONG: true,
  TOO_MANY_ROWS: true,
  TOO_SHORT: true,
  UNIT_NAME_TAKEN: true,
  UNKNOWN_COLUMN: true,
  UNKNOWN_TIME_ZONE: true,
  UNKNOWN_UNIT: true,
  UNSUPPORTED_LOCALE: true,
  USER_DISABLED: true,
} as const satisfies Record<ProblemCode, true>;

/** The error codes the API may return (the schema's `ErrorCode`) plus the client's own NETWORK. */
export const ERROR_CODES: readonly (ErrorCode | typeof NETWORK_ERROR)[] = [
  ...(Object.keys(API_ERROR_CODES) as ErrorCode[]),
  NETWORK_ERROR,
];

/** The field problem codes the API may return (the schema's `ProblemCode`). */
export const PROBLEM_CODES: readonly ProblemCode[] = Object.keys(API_PROBLEM_CODES) as ProblemCode[];

/** Whole minutes, rounded up (never 0): how long to wait after RATE_LIMITED. */
export function waitMinutes(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}

/** Maps error codes and field problems to translated sentences (`errors.<CODE>`, `problems.<CODE>`). */
export function useErrorMessage() {
  const { t, te, locale } = useI18n();

  /** "5 minutes", "5 minuta", "5 минути": the unit and its plural form in the reader's language. */
  function minutes(count: number): string {
    try {
      return new Intl.NumberFormat(intlLocale(locale.value), {
        style: 'unit',
        unit: 'minute',
        unitDisplay: 'long',
      }).format(count);
    } catch {
      return String(count);
    }
  }

  function errorMessage(
    error: (Pick<ApiError, 'code'> & Partial<Pick<ApiError, 'retryAfterSeconds'>>) | null | undefined,
  ): string {
    if (!error) return '';
    if (error.code === 'RATE_LIMITED' && typeof error.retryAfterSeconds === 'number') {
      return t('rateLimit.retryIn', { duration: minutes(waitMinutes(error.retryAfterSeconds)) });
    }
    const key = `errors.${error.code}`;
    return te(key) ? t(key) : t('errors.UNKNOWN');
  }

  function fieldName(field: string): string {
    const key = `fields.${field}`;
    return te(key) ? t(key) : field;
  }

  function problemMessage(problem: ApiProblem): string {
    const key = `problems.${problem.code}`;
    return te(key) ? t(key) : t('problems.UNKNOWN', { code: problem.code });
  }

  return { errorMessage, fieldName, problemMessage };
}
