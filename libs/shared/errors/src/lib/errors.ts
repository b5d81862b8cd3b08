import { CommonErrorCode } from './common-error-code';
import { DomainError, type FieldProblem } from './domain-error';

export const forbidden = (message = 'You are not allowed to do this.'): DomainError =>
  new DomainError(CommonErrorCode.FORBIDDEN, message);

export const unauthenticated = (): DomainError =>
  new DomainError(CommonErrorCode.UNAUTHENTICATED, 'You need to sign in.');

export const notFound = (what: string): DomainError =>
  new DomainError(CommonErrorCode.NOT_FOUND, `${what} not found.`);

export const badInput = (problems: FieldProblem[], message = 'Some fields are not valid.'): DomainError =>
  new DomainError(CommonErrorCode.BAD_USER_INPUT, message, { problems });
