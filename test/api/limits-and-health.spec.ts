import { TestApp } from '../support/test-app';

describe('API protections and health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('refuses a query whose estimated cost is over the limit with QUERY_TOO_COMPLEX, before running it', async () => {
    const page = `users(first: 100) { nodes { id email displayName locale timeZone status createdAt unit { id name } institution { id name country { code name } } } }`;
    const cheap = await t.client().gql(`{ a: ${page} }`);
    expect(cheap.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: ${page}`).join(' ');
    const costly = await t.client().gql(`{ ${aliases} }`);
    expect(costly.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(costly.data ?? null).toBeNull();
  });

  it('answers a malformed query with a stable client code', async () => {
    const result = await t.client().gql(`{ me { id `);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const unknown = await t.client().gql(`{ me { password } }`);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers /health/live and /health/ready (PostgreSQL and Redis up)', async () => {
    const live = await t.app.inject({ method: 'GET', url: '/health/live' });
    expect(live.statusCode).toBe(200);
    const ready = await t.app.inject({ method: 'GET', url: '/health/ready' });
    expect(ready.statusCode).toBe(200);
    expect(JSON.parse(ready.body)).toEqual({ status: 'ok', postgres: 'ok', redis: 'ok' });
  });

  it('sends security headers', async () => {
    const live = await t.app.inject({ method: 'GET', url: '/health/live' });
    expect(live.headers['x-content-type-options']).toBe('nosniff');
    expect(live.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });
});
