import { randomUUID } from 'node:crypto';
import argon2 from 'argon2';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Country,
  Institution,
  Role,
  RoleAssignment,
  Unit,
  User,
  type RankGroup,
  type Sex,
  type StaffCategory,
} from '@parity/identity';

export const TEST_PASSWORD = 'correct horse battery';
let hash: Promise<string> | null = null;
const passwordHash = (): Promise<string> =>
  (hash ??= argon2.hash(TEST_PASSWORD, {
    type: argon2.argon2id,
    memoryCost: 19456,
    timeCost: 2,
    parallelism: 1,
  }));

const short = (): string => randomUUID().slice(0, 8);

/** Builders for test data: each call makes new, uniquely named rows, so tests never collide. */
export function given(em: EntityManager) {
  return {
    async institution(name = `Ministry ${short()}`): Promise<Institution> {
      const country = (await em.findOne(Country, { code: 'ME' })) ?? new Country('ME', 'Montenegro');
      const institution = new Institution(country, name, name.slice(0, 12));
      await em.persistAndFlush([country, institution]);
      return institution;
    },

    async unit(
      institution: Institution,
      name = `Unit ${short()}`,
      parent: Unit | null = null,
    ): Promise<Unit> {
      const unit = new Unit(institution, name, parent);
      await em.persistAndFlush(unit);
      return unit;
    },

    async user(options: {
      institution: Institution;
      unit?: Unit | null;
      roles?: Role[];
      email?: string;
      name?: string;
      active?: boolean;
      sex?: Sex | null;
      staffCategory?: StaffCategory | null;
      rank?: RankGroup | null;
    }): Promise<User> {
      const user = new User({
        institution: options.institution,
        unit: options.unit ?? null,
        email: options.email ?? `person-${short()}@example.test`,
        displayName: options.name ?? `Person ${short()}`,
        sex: options.sex ?? null,
        staffCategory: options.staffCategory ?? null,
        rank: options.rank ?? null,
      });
      if (options.active !== false) user.setPassword(await passwordHash());
      em.persist(user);
      for (const role of options.roles ?? [Role.LEARNER])
        em.persist(new RoleAssignment(user, role, options.institution));
      await em.flush();
      return user;
    },
  };
}
