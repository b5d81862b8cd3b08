import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../../graphql/generated';
import { setLocale } from '../../i18n';
import { createAppRouter } from '../../router';
import { useSessionStore } from '../../stores/session';

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

describe('learning routes', () => {
  beforeEach(async () => {
    setActivePinia(createPinia());
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise(() => undefined)),
    );
    await setLocale('en');
  });

  it('opens the learner pages for every signed-in person, with translated titles', async () => {
    signIn('LEARNER');
    const router = createAppRouter();
    await router.push('/learn');
    expect(router.currentRoute.value.name).toBe('learn');
    expect(document.title).toBe('My learning · Parity');
    await router.push('/learn/enrolments/e1/attempts/a1');
    expect(router.currentRoute.value.name).toBe('learn-attempt');
    expect(router.currentRoute.value.params).toEqual({ enrolmentId: 'e1', attemptId: 'a1' });
  });

  it('keeps the enrolment view for trainers and admins', async () => {
    signIn('LEARNER');
    const router = createAppRouter();
    await router.push('/admin/enrolments');
    expect(router.currentRoute.value.name).toBe('not-allowed');

    setActivePinia(createPinia());
    signIn('TRAINER');
    const trainerRouter = createAppRouter();
    await trainerRouter.push('/admin/enrolments');
    expect(trainerRouter.currentRoute.value.name).toBe('course-enrolments');
    expect(document.title).toBe('Enrolments · Parity');
  });
});
