export { CommonErrorCode } from './lib/common-error-code';
export { isStorableText, isWellFormedText } from './lib/storable-text';
export type { ErrorKind } from './lib/error-kind';
export { DomainError, type FieldProblem } from './lib/domain-error';
export { forbidden, unauthenticated, notFound, badInput } from './lib/errors';
export { parseInput } from './lib/parse-input';
export { ProblemCode } from './lib/problem-code';
