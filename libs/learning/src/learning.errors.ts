import type { ErrorKind } from '@parity/shared/errors';
import { DomainError } from '@parity/shared/errors';

/** Error codes of the learning domain (extensions.code). Each one has a kind below; the API maps them all. */
export enum LearningErrorCode {
  /** The course does not allow self-enrolment: an admin or trainer assigns it. */
  SELF_ENROLMENT_CLOSED = 'SELF_ENROLMENT_CLOSED',
  /** The enrolment is not active (completed, expired or withdrawn): progress and attempts are closed. */
  ENROLMENT_NOT_ACTIVE = 'ENROLMENT_NOT_ACTIVE',
  /** An institution already has a cohort of that name. */
  COHORT_NAME_TAKEN = 'COHORT_NAME_TAKEN',
}

export const LEARNING_ERROR_KINDS: Record<LearningErrorCode, ErrorKind> = {
  [LearningErrorCode.SELF_ENROLMENT_CLOSED]: 'auth',
  [LearningErrorCode.ENROLMENT_NOT_ACTIVE]: 'conflict',
  [LearningErrorCode.COHORT_NAME_TAKEN]: 'conflict',
};

export const selfEnrolmentClosed = (): DomainError =>
  new DomainError(LearningErrorCode.SELF_ENROLMENT_CLOSED, 'This course is assigned by an admin or trainer.');

export const enrolmentNotActive = (): DomainError =>
  new DomainError(LearningErrorCode.ENROLMENT_NOT_ACTIVE, 'This enrolment is no longer active.');

export const cohortNameTaken = (): DomainError =>
  new DomainError(LearningErrorCode.COHORT_NAME_TAKEN, 'This institution already has a cohort of that name.');
