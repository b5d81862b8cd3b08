export { CommonErrorCode } from './lib/common-error-code';
export type { ErrorKind } from './lib/error-kind';
export { DomainError, type FieldProblem } from './lib/domain-error';
export { forbidden, unauthenticated, notFound, badInput } from './lib/errors';
export { parseInput } from './lib/parse-input';
export { ProblemCode } from './lib/problem-code';
