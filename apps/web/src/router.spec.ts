import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Role } from './graphql/generated';
import { setLocale } from './i18n';
import { createAppRouter, safeRedirect } from './router';
import { useSessionStore } from './stores/session';

const institution = { id: 'i1', name: 'Ministry of Defence', shortName: 'MoD' };

function signIn(...roles: Role[]): void {
  const session = useSessionStore();
  session.loaded = true;
  session.me = {
    id: 'u1',
    email: 'ana@example.org',
    displayName: 'Ana',
    locale: 'en',
    timeZone: 'UTC',
    status: 'ACTIVE',
    institution,
    roles: roles.map((role) => ({ role, institution })),
  };
}

describe('route guard', () => {
  beforeEach(async () => {
    setActivePinia(createPinia());
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    await setLocale('en');
  });

  it('sends a signed-out visitor to sign-in, remembering where they wanted to go', async () => {
    useSessionStore().loaded = true;
    const router = createAppRouter();
    await router.push('/admin/people?search=ana');
    expect(router.currentRoute.value.name).toBe('login');
    expect(router.currentRoute.value.query['redirect']).toBe('/admin/people?search=ana');
  });

  it('shows a learner "not allowed" on an admin page, keeping the address', async () => {
    signIn('LEARNER');
    const router = createAppRouter();
    await router.push('/admin/people');
    expect(router.currentRoute.value.name).toBe('not-allowed');
    expect(router.currentRoute.value.path).toBe('/admin/people');
    expect(document.title).toBe('Not allowed · Parity');
  });

  it('opens admin pages for an institution admin, with a translated title', async () => {
    signIn('INSTITUTION_ADMIN');
    const router = createAppRouter();
    await router.push('/admin/people');
    expect(router.currentRoute.value.name).toBe('people');
    expect(document.title).toBe('People · Parity');
  });

  it('opens the coaching workspace to anyone signed in, with its lazily loaded title', async () => {
    signIn('LEARNER');
    const router = createAppRouter();
    await router.push('/coaching');
    expect(router.currentRoute.value.name).toBe('coaching');
    expect(document.title).toBe('Coaching · Parity');
  });

  it('keeps the coach profile for people with the COACH role', async () => {
    signIn('LEARNER');
    const router = createAppRouter();
    await router.push('/coaching/profile');
    expect(router.currentRoute.value.name).toBe('not-allowed');
    signIn('COACH');
    await router.push('/coaching/profile?again=1');
    expect(router.currentRoute.value.name).toBe('coaching-profile');
    expect(document.title).toBe('My coach profile · Parity');
  });

  it('sends a signed-in person away from the sign-in page', async () => {
    signIn('LEARNER');
    const router = createAppRouter();
    await router.push('/login');
    expect(router.currentRoute.value.name).toBe('home');
  });
});

describe('redirect after sign-in', () => {
  it('follows paths on this site', () => {
    expect(safeRedirect('/admin/people?search=ana')).toBe('/admin/people?search=ana');
  });

  it.each(['//evil.example', '/\\evil.example', 'https://evil.example', undefined, ['x']])(
    'ignores %s and goes home',
    (value) => {
      expect(safeRedirect(value)).toBe('/');
    },
  );
});
