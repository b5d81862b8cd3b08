import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { DomainError } from '@parity/shared/errors';
import { errorKind, isErrorCode } from './error-codes';

const GRAPHQL_CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'BAD_REQUEST',
  'QUERY_TOO_COMPLEX',
]);

function originalOf(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 5; depth++) {
    const next = (current as { originalError?: unknown } | null)?.originalError;
    if (!next) break;
    current = next;
  }
  return current;
}

/**
 * Turns any resolver error into a client error with a stable `extensions.code`. Domain errors keep their code
 * and structured details; anything unexpected becomes INTERNAL with no internals leaked, and is logged.
 */
export function formatError(
  logger: Logger,
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const original = originalOf(error);
    if (original instanceof DomainError && isErrorCode(original.code)) {
      const kind = errorKind(original.code);
      if (kind === 'server') logger.error({ err: original }, 'domain error');
      return {
        message: original.message,
        path: formatted.path,
        extensions: { code: original.code, ...original.details },
      };
    }
    if (formatted.extensions?.['queryLimit']) {
      const { queryLimit, depth, cost } = formatted.extensions;
      return {
        message: formatted.message,
        extensions: { code: 'QUERY_TOO_COMPLEX', queryLimit, depth, cost },
      };
    }
    const code = formatted.extensions?.['code'];
    if (typeof code === 'string' && GRAPHQL_CLIENT_CODES.has(code)) {
      return { message: formatted.message, locations: formatted.locations, extensions: { code } };
    }
    logger.error({ err: original }, 'unexpected error in GraphQL resolver');
    return {
      message: 'Something went wrong on our side.',
      path: formatted.path,
      extensions: { code: 'INTERNAL' },
    };
  };
}
