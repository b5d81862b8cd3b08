import { Role, UserStatus } from '@parity/identity';
import { given, TEST_PASSWORD } from '@parity/shared/testing';
import { TestApp } from '../support/test-app';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { id email } }`;
const ME = `{ me { id email roles { role } } }`;

describe('signing in and out', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  async function person(active = true) {
    const em = t.em();
    const institution = await given(em).institution();
    return given(em).user({ institution, roles: [Role.LEARNER], active });
  }

  it('signs in with an HttpOnly, SameSite session cookie and answers `me`', async () => {
    const user = await person();
    const client = t.client();
    const result = await client.gql(LOGIN, {
      input: { email: user.email.toUpperCase(), password: TEST_PASSWORD },
    });
    expect(result.errors).toBeUndefined();
    expect(result.setCookie).toMatch(/^parity_session=[\w-]{43};/);
    expect(result.setCookie).toMatch(/HttpOnly/);
    expect(result.setCookie).toMatch(/SameSite=Lax/);
    const me = await client.ok<{ me: { id: string } }>(ME);
    expect(me.me.id).toBe(user.id);
  });

  it('answers a wrong password and an unknown e-mail with the same code and message', async () => {
    const user = await person();
    const wrong = await t.client().gql(LOGIN, { input: { email: user.email, password: 'not the password' } });
    const unknown = await t
      .client()
      .gql(LOGIN, { input: { email: 'nobody@example.test', password: 'whatever123' } });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
    expect(wrong.setCookie).toBeUndefined();
  });

  it('refuses the 11th rapid failed login for one account, even with the right password, from any address', async () => {
    const user = await person();
    for (let attempt = 1; attempt <= 10; attempt++) {
      const result = await t
        .client()
        .gql(LOGIN, { input: { email: user.email, password: `wrong-${attempt}-password` } });
      expect(result.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    }
    const eleventh = await t.client().gql(LOGIN, { input: { email: user.email, password: TEST_PASSWORD } });
    expect(eleventh.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(eleventh.errors?.[0]?.extensions?.['retryAfterSeconds']).toBeGreaterThan(0);
  });

  it('refuses an account that is only invited (no password yet) or disabled, with the same code', async () => {
    const invited = await person(false);
    const result = await t.client().gql(LOGIN, { input: { email: invited.email, password: TEST_PASSWORD } });
    expect(result.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');

    const disabled = await person();
    const em = t.em();
    await em.nativeUpdate('User', { id: disabled.id }, { status: UserStatus.DISABLED });
    const refused = await t
      .client()
      .gql(LOGIN, { input: { email: disabled.email, password: TEST_PASSWORD } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
  });

  it('rotates the session at login: the previous cookie stops working', async () => {
    const user = await person();
    const client = await t.client().signIn(user.email, TEST_PASSWORD);
    const first = client.cookie;
    await client.signIn(user.email, TEST_PASSWORD);
    expect(client.cookie).not.toBe(first);
    const stale = t.client();
    stale.cookie = first;
    expect((await stale.ok<{ me: unknown }>(ME)).me).toBeNull();
    expect((await client.ok<{ me: { id: string } }>(ME)).me.id).toBe(user.id);
  });

  it('revokes the session at logout: the old cookie is refused afterwards', async () => {
    const user = await person();
    const client = await t.client().signIn(user.email, TEST_PASSWORD);
    const cookie = client.cookie;
    const out = await client.gql(`mutation { logout }`);
    expect(out.data).toEqual({ logout: true });
    expect(out.setCookie).toMatch(/parity_session=;/);
    const replay = t.client();
    replay.cookie = cookie;
    expect((await replay.ok<{ me: unknown }>(ME)).me).toBeNull();
    const denied = await replay.gql(`{ users { totalCount } }`);
    expect(denied.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
