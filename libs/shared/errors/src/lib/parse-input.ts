import type { ZodIssue, ZodType, ZodTypeDef } from 'zod';
import { ProblemCode } from './problem-code';
import { badInput } from './errors';

/** Stable problem codes for zod's issues (custom refinements carry their own code as the message). */
function problemCode(issue: ZodIssue): `${ProblemCode}` {
  switch (issue.code) {
    case 'custom':
      return issue.message in ProblemCode ? (issue.message as `${ProblemCode}`) : 'INVALID';
    case 'invalid_string':
      return issue.validation === 'email' ? 'INVALID_EMAIL' : 'INVALID';
    case 'too_small':
      return issue.type === 'string' && issue.minimum === 1 ? 'REQUIRED' : 'TOO_SHORT';
    case 'too_big':
      return 'TOO_LONG';
    case 'invalid_enum_value':
      return 'INVALID_VALUE';
    default:
      return 'INVALID';
  }
}

/**
 * Validates input in the service layer (so the api, the worker and the CLI share the rules). A failure becomes
 * BAD_USER_INPUT with one problem per field and a stable code (see PROBLEM_CODES).
 */
export function parseInput<T>(schema: ZodType<T, ZodTypeDef, unknown>, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw badInput(
    result.error.issues.map((issue) => ({
      field: issue.path.join('.') || 'input',
      code: problemCode(issue),
    })),
  );
}
