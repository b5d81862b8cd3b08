import { afterEach, describe, expect, it, vi } from 'vitest';
import { LoginDocument, MeDocument, PersonDocument } from '../graphql/generated';
import { ApiError, onApiError, request } from './useGraphql';

function respond(body: unknown, status = 200): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(
      async () =>
        new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
    ),
  );
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

afterEach(() => vi.unstubAllGlobals());

describe('GraphQL client', () => {
  it('posts the operation with the session cookie and returns its data', async () => {
    respond({ data: { me: null } });
    await expect(request(MeDocument)).resolves.toEqual({ me: null });
    const [url, init] = vi.mocked(fetch).mock.calls[0] ?? [];
    expect(url).toBe('/graphql');
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('same-origin');
    expect(JSON.parse(String(init?.body))).toMatchObject({ query: expect.stringContaining('query Me') });
  });

  it('turns a GraphQL error into an ApiError carrying its code', async () => {
    respond({ data: null, errors: [{ message: 'Wrong.', extensions: { code: 'INVALID_CREDENTIALS' } }] });
    const error = await failure(request(LoginDocument, { input: { email: 'a', password: 'b' } }));
    expect(error.code).toBe('INVALID_CREDENTIALS');
    expect(error.problems).toEqual([]);
  });

  it('keeps the field problems of a bad input, with CSV line numbers', async () => {
    respond({
      data: null,
      errors: [
        {
          message: 'Some fields are not valid.',
          extensions: {
            code: 'BAD_USER_INPUT',
            problems: [
              { field: 'email', code: 'INVALID_EMAIL' },
              { field: 'unit', code: 'UNKNOWN_UNIT', line: 3 },
              { nonsense: true },
            ],
          },
        },
      ],
    });
    const error = await failure(request(MeDocument));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.problems).toEqual([
      { field: 'email', code: 'INVALID_EMAIL' },
      { field: 'unit', code: 'UNKNOWN_UNIT', line: 3 },
    ]);
  });

  it('keeps how long to wait after too many failed sign-ins', async () => {
    respond({
      data: null,
      errors: [{ message: 'Too many.', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 612 } }],
    });
    const error = await failure(request(LoginDocument, { input: { email: 'a', password: 'b' } }));
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.retryAfterSeconds).toBe(612);
  });

  it('accepts a person whose personal attributes are withheld (null, FORBIDDEN at that path)', async () => {
    const user = { id: 'u2', displayName: 'Ana', personal: null };
    respond({
      data: { user },
      errors: [{ message: 'Not allowed.', path: ['user', 'personal'], extensions: { code: 'FORBIDDEN' } }],
    });
    await expect(request(PersonDocument, { id: 'u2' })).resolves.toEqual({ user });
  });

  it('still fails when any other part of the answer is missing', async () => {
    respond({
      data: { user: null },
      errors: [
        { message: 'Not allowed.', path: ['user', 'personal'], extensions: { code: 'FORBIDDEN' } },
        { message: 'Not allowed.', path: ['user'], extensions: { code: 'FORBIDDEN' } },
      ],
    });
    expect((await failure(request(PersonDocument, { id: 'u2' }))).code).toBe('FORBIDDEN');
    respond({
      data: null,
      errors: [{ message: 'x', path: ['user', 'personal'], extensions: { code: 'FORBIDDEN' } }],
    });
    expect((await failure(request(PersonDocument, { id: 'u2' }))).code).toBe('FORBIDDEN');
  });

  it('reports an error without a code as INTERNAL (messages are never parsed)', async () => {
    respond({ errors: [{ message: 'INVALID_CREDENTIALS happened' }] });
    expect((await failure(request(MeDocument))).code).toBe('INTERNAL');
  });

  it('reports an unreachable or restarting server as NETWORK, other non-GraphQL answers as INTERNAL', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    expect((await failure(request(MeDocument))).code).toBe('NETWORK');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>Bad gateway</html>', { status: 502 })),
    );
    expect((await failure(request(MeDocument))).code).toBe('NETWORK');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('Too many requests', { status: 429 })),
    );
    expect((await failure(request(MeDocument))).code).toBe('RATE_LIMITED');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>Oops</html>', { status: 500 })),
    );
    expect((await failure(request(MeDocument))).code).toBe('INTERNAL');
  });

  it('tells listeners about every failure (e.g. a session that ended)', async () => {
    const seen: string[] = [];
    const stop = onApiError((error) => seen.push(error.code));
    respond({ errors: [{ message: 'Sign in.', extensions: { code: 'UNAUTHENTICATED' } }] });
    await failure(request(MeDocument));
    stop();
    await failure(request(MeDocument));
    expect(seen).toEqual(['UNAUTHENTICATED']);
  });
});
