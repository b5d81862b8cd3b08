import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/** A field-level problem reported with BAD_USER_INPUT (or a CSV line problem). */
export interface ApiProblem {
  field: string;
  code: string;
  line?: number;
}

/** Codes the client itself raises when no GraphQL error reached it. */
export const NETWORK_ERROR = 'NETWORK';

/**
 * Every failed request ends as an ApiError with a stable `code`; messages are never parsed.
 * `retryAfterSeconds` comes with RATE_LIMITED (how long until another attempt is allowed).
 */
export class ApiError extends Error {
  readonly retryAfterSeconds: number | undefined;
  /** With EDIT_CONFLICT: the revision someone else saved (the one to reload). */
  readonly currentRev: number | undefined;

  constructor(
    readonly code: string,
    readonly problems: ApiProblem[] = [],
    options?: { cause?: unknown; retryAfterSeconds?: number | undefined; currentRev?: number | undefined },
  ) {
    super(`GraphQL request failed: ${code}`, options);
    this.name = 'ApiError';
    this.retryAfterSeconds = options?.retryAfterSeconds;
    this.currentRev = options?.currentRev;
  }
}

interface GraphqlErrorPayload {
  message?: string;
  path?: readonly (string | number)[];
  extensions?: { code?: unknown; problems?: unknown; retryAfterSeconds?: unknown; currentRev?: unknown };
}

interface GraphqlResponse<TResult> {
  data?: TResult | null;
  errors?: GraphqlErrorPayload[];
}

type ErrorListener = (error: ApiError) => void;
const listeners = new Set<ErrorListener>();

/** Subscribe to every ApiError (e.g. to send a person whose session ended back to sign-in). */
export function onApiError(listener: ErrorListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The well-formed field problems of an error payload (anything else is dropped). */
export function toProblems(value: unknown): ApiProblem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { field, code, line } = item as Record<string, unknown>;
    if (typeof code !== 'string') return [];
    const problem: ApiProblem = { field: typeof field === 'string' ? field : '', code };
    if (typeof line === 'number') problem.line = line;
    return [problem];
  });
}

/** A non-negative number of seconds (from a header or an extension), if that is what it is. */
export function toSeconds(value: unknown): number | undefined {
  const seconds = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

/** Turns the first GraphQL error of a response into an ApiError. */
export function toApiError(errors: GraphqlErrorPayload[]): ApiError {
  const first = errors[0];
  const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : 'INTERNAL';
  return new ApiError(code, toProblems(first?.extensions?.problems), {
    retryAfterSeconds: toSeconds(first?.extensions?.retryAfterSeconds),
    currentRev: Number.isInteger(first?.extensions?.currentRev)
      ? (first?.extensions?.currentRev as number)
      : undefined,
  });
}

/**
 * Fields the schema documents as "null, with a FORBIDDEN error at this path" when the caller may not see them
 * (`User.personal`). Such an error leaves the rest of the answer intact: the field is simply not shown.
 */
const WITHHELD_FIELDS: ReadonlySet<string> = new Set(['personal']);

function isWithheldField(error: GraphqlErrorPayload): boolean {
  const last = error.path?.[error.path.length - 1];
  return error.extensions?.code === 'FORBIDDEN' && typeof last === 'string' && WITHHELD_FIELDS.has(last);
}

function errorForStatus(response: Response, cause: unknown): ApiError {
  const { status } = response;
  if (status === 429) {
    return new ApiError('RATE_LIMITED', [], {
      cause,
      retryAfterSeconds: toSeconds(response.headers.get('retry-after')),
    });
  }
  if (status === 502 || status === 503 || status === 504) return new ApiError(NETWORK_ERROR, [], { cause });
  return new ApiError('INTERNAL', [], { cause });
}

/** Tells every `onApiError` listener, then throws: how every client of the API fails (GraphQL or REST). */
export function fail(error: ApiError): never {
  listeners.forEach((listener) => listener(error));
  throw error;
}

/** The interface language (`<html lang>`), announced so that course content comes in it too. */
function interfaceLanguage(): Record<string, string> {
  const lang = globalThis.document?.documentElement.lang;
  return lang ? { 'accept-language': lang } : {};
}

/**
 * Sends one operation to `/graphql` with the session cookie and returns its data,
 * or throws an ApiError carrying the server's `extensions.code`.
 */
export async function request<TResult, TVariables>(
  document: DocumentTypeDecoration<TResult, TVariables> & { toString(): string },
  ...[variables]: TVariables extends Record<string, never> ? [] | [TVariables] : [TVariables]
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        // Course content comes in the language the interface shows (the server falls back along its chain).
        ...interfaceLanguage(),
      },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
  } catch (cause) {
    return fail(new ApiError(NETWORK_ERROR, [], { cause }));
  }

  let payload: GraphqlResponse<TResult>;
  try {
    payload = (await response.json()) as GraphqlResponse<TResult>;
  } catch (cause) {
    // Not JSON: a proxy or load balancer answered (the API is down or restarting), or a rate limiter did.
    return fail(errorForStatus(response, cause));
  }

  if (payload.errors && payload.errors.length > 0) {
    // A partial answer whose only errors are withheld fields is a success: those fields are null.
    if (payload.data != null && payload.errors.every(isWithheldField)) return payload.data;
    return fail(toApiError(payload.errors));
  }
  if (!response.ok || payload.data == null) return fail(new ApiError('INTERNAL'));
  return payload.data;
}

/** The composable face of the client, for symmetry with the other composables. */
export function useGraphql(): { request: typeof request } {
  return { request };
}
