import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '../graphql/generated';
import { useSessionStore, type Me } from './session';

const defence = { id: 'i1', name: 'Ministry of Defence', shortName: 'MoD' };
const army = { id: 'i2', name: 'Armed Forces', shortName: 'AF' };

function person(roles: [Role, typeof defence][]): Me {
  return {
    id: 'u1',
    email: 'ana@example.org',
    displayName: 'Ana',
    locale: 'en',
    timeZone: 'Europe/Sarajevo',
    status: 'ACTIVE',
    institution: defence,
    roles: roles.map(([role, institution]) => ({ role, institution })),
  };
}

describe('session role helpers', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('gives a signed-out visitor no roles and no admin pages', () => {
    const session = useSessionStore();
    expect(session.isSignedIn).toBe(false);
    expect(session.roles).toEqual([]);
    expect(session.isAdmin).toBe(false);
    expect(session.hasRole('LEARNER')).toBe(false);
  });

  it('keeps a learner out of administration', () => {
    const session = useSessionStore();
    session.me = person([['LEARNER', defence]]);
    expect(session.hasRole('LEARNER')).toBe(true);
    expect(session.isAdmin).toBe(false);
    expect(session.canAdminister(defence.id)).toBe(false);
  });

  it('lets an institution admin manage only the institutions where they hold the role', () => {
    const session = useSessionStore();
    session.me = person([
      ['LEARNER', defence],
      ['INSTITUTION_ADMIN', army],
    ]);
    expect(session.isAdmin).toBe(true);
    expect(session.isPlatformAdmin).toBe(false);
    expect(session.hasRole('INSTITUTION_ADMIN', army.id)).toBe(true);
    expect(session.hasRole('INSTITUTION_ADMIN', defence.id)).toBe(false);
    expect(session.canAdminister(army.id)).toBe(true);
    expect(session.canAdminister(defence.id)).toBe(false);
    expect(session.administeredInstitutions).toEqual([army]);
  });

  it('lets a platform admin manage every institution', () => {
    const session = useSessionStore();
    session.me = person([['PLATFORM_ADMIN', defence]]);
    expect(session.isAdmin).toBe(true);
    expect(session.isPlatformAdmin).toBe(true);
    expect(session.canAdminister('any-institution')).toBe(true);
  });

  it('lists each role once even when held in several institutions', () => {
    const session = useSessionStore();
    session.me = person([
      ['TRAINER', defence],
      ['TRAINER', army],
    ]);
    expect(session.roles).toEqual(['TRAINER']);
  });

  it('forgets the person and their roles on clear', () => {
    const session = useSessionStore();
    session.me = person([['PLATFORM_ADMIN', defence]]);
    session.clear();
    expect(session.isSignedIn).toBe(false);
    expect(session.isAdmin).toBe(false);
  });
});
