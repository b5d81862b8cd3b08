import type { ProblemCode } from './problem-code';

/** A field-level problem in a bad input: which field (or CSV line) and a stable code the UI translates. */
export interface FieldProblem {
  field: string;
  code: `${ProblemCode}`;
  line?: number;
}

/**
 * The one error type services throw. `code` is stable and machine-readable (never parse `message`);
 * `details` carries structured, non-sensitive data for the client (e.g. field problems).
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: { problems?: FieldProblem[]; [key: string]: unknown } = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
