import { AuthorizationService } from './authorization.service';
import { Role } from './role.enum';
import type { Actor } from './actor';

const admin: Actor = {
  userId: 'u-admin',
  institutionId: 'inst-a',
  unitPath: '/hq/',
  roles: [{ role: Role.INSTITUTION_ADMIN, institutionId: 'inst-a' }],
};

describe('whose object it is', () => {
  it('is own for the caller themselves, before anything else', () => {
    expect(AuthorizationService.whose(admin, 'inst-a', { institutionId: 'inst-b', ownerId: 'u-admin' })).toBe(
      'own',
    );
  });

  it('is unit for the caller’s unit and its sub-units, institution for the rest of it, other elsewhere', () => {
    expect(AuthorizationService.whose(admin, 'inst-a', { institutionId: 'inst-a', unitPath: '/hq/' })).toBe(
      'unit',
    );
    expect(
      AuthorizationService.whose(admin, 'inst-a', { institutionId: 'inst-a', unitPath: '/hq/logistics/' }),
    ).toBe('unit');
    expect(AuthorizationService.whose(admin, 'inst-a', { institutionId: 'inst-a', unitPath: '/hqx/' })).toBe(
      'institution',
    );
    expect(AuthorizationService.whose(admin, 'inst-a', { institutionId: 'inst-a', unitPath: null })).toBe(
      'institution',
    );
    expect(AuthorizationService.whose(admin, 'inst-a', { institutionId: 'inst-b', unitPath: '/hq/' })).toBe(
      'other',
    );
  });
});

describe('list scopes', () => {
  const authz = new AuthorizationService();

  it('turns an institution admin’s rights into a filter on their institution (plus themselves)', () => {
    expect(authz.listScope(admin, 'user.read')).toEqual({
      all: false,
      institutionIds: ['inst-a'],
      unitPaths: ['/hq/'],
      ownerId: 'u-admin',
    });
  });

  it('lets a learner see only themselves, and a platform admin everything', () => {
    const learner: Actor = { ...admin, roles: [{ role: Role.LEARNER, institutionId: 'inst-a' }] };
    expect(authz.listScope(learner, 'user.read')).toEqual({
      all: false,
      institutionIds: [],
      unitPaths: [],
      ownerId: 'u-admin',
    });
    const platform: Actor = { ...admin, roles: [{ role: Role.PLATFORM_ADMIN, institutionId: 'inst-a' }] };
    expect(authz.listScope(platform, 'user.read').all).toBe(true);
  });

  it('refuses an unauthenticated caller with UNAUTHENTICATED and a forbidden one with FORBIDDEN', () => {
    expect(() => authz.assert(null, 'user.read', { institutionId: 'inst-a' })).toThrow(
      expect.objectContaining({ code: 'UNAUTHENTICATED' }),
    );
    expect(() => authz.assert(admin, 'user.read', { institutionId: 'inst-b' })).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });
});
