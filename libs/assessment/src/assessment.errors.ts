import { LearningErrorCode } from '@parity/learning';
import { DomainError, type ErrorKind } from '@parity/shared/errors';

/** Error codes of the assessment domain (extensions.code). Each one has a kind below; the API maps them all. */
export enum AssessmentErrorCode {
  /** Every allowed attempt of this quiz is used (an admin or trainer may grant another). */
  NO_ATTEMPTS_LEFT = 'NO_ATTEMPTS_LEFT',
  /** The attempt is submitted or past its deadline: answers can no longer change. */
  ATTEMPT_CLOSED = 'ATTEMPT_CLOSED',
}

export const ASSESSMENT_ERROR_KINDS: Record<AssessmentErrorCode, ErrorKind> = {
  [AssessmentErrorCode.NO_ATTEMPTS_LEFT]: 'conflict',
  [AssessmentErrorCode.ATTEMPT_CLOSED]: 'conflict',
};

export const noAttemptsLeft = (): DomainError =>
  new DomainError(AssessmentErrorCode.NO_ATTEMPTS_LEFT, 'Every allowed attempt of this quiz is used.');

export const attemptClosed = (): DomainError =>
  new DomainError(AssessmentErrorCode.ATTEMPT_CLOSED, 'This attempt is submitted or past its time limit.');

/** The learning domain's error (it exports no factory): the enrolment is withdrawn or expired. */
export const enrolmentNotActive = (): DomainError =>
  new DomainError(LearningErrorCode.ENROLMENT_NOT_ACTIVE, 'This enrolment is no longer active.');
