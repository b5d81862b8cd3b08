import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { badInput, isWellFormedText } from '@parity/shared/errors';

/** Where the first ill-formed text (a lone surrogate) is in the variables: its path (`input.name`), or null. */
export function findUnstorableText(variables: Record<string, unknown> | undefined): string | null {
  const inVariables = (value: unknown, path: string): string | null => {
    if (typeof value === 'string') return isWellFormedText(value) ? null : path;
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) {
        const found = inVariables(item, `${path}.${index}`);
        if (found) return found;
      }
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (!isWellFormedText(key)) return path;
        const found = inVariables(item, path ? `${path}.${key}` : key);
        if (found) return found;
      }
    }
    return null;
  };
  // Literals need no walk: the GraphQL parser itself refuses a lone surrogate escape in a document.
  return inVariables(variables ?? {}, '');
}

/**
 * Refuses, before any resolver runs, a request carrying ill-formed text (a lone UTF-16 surrogate, which has no UTF-8
 * form: no column or file can hold it), with BAD_USER_INPUT and the field that holds it — instead of a database error
 * surfacing as INTERNAL. NUL is the services' concern: sanitisers drop it, unsanitised inputs refuse it.
 */
export function storableTextPlugin(): ApolloServerPlugin {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ request }) => {
        const field = findUnstorableText(request.variables);
        if (!field) return;
        const error = badInput([{ field, code: 'INVALID' }], 'The text is not valid Unicode.');
        throw new GraphQLError(error.message, {
          originalError: error,
          extensions: { http: { status: 400 } },
        });
      },
    }),
  };
}
