import type { NoteCipher } from '@parity/coaching';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Country,
  Institution,
  RankGroup,
  Role,
  RoleAssignment,
  Sex,
  StaffCategory,
  Unit,
  User,
} from '@parity/identity';
import { DEMO_COUNTRIES, DEMO_INSTITUTIONS } from './demo-organisations';
import { seedDemoCourse } from './demo-course';
import { seedDemoLearning } from './demo-learning';
import { seedDemoCoaching } from './demo-coaching';
import { seedDemoCoachingWork } from './demo-coaching-work';

/** The one demo password (printed by `npm start`, listed in the README). Demo data only. */
export const DEMO_PASSWORD = 'parity-demo-2026';

export interface DemoLogin {
  role: string;
  email: string;
  password: string;
  institution: string;
}

const DEMO_PEOPLE = [
  {
    role: 'Platform admin',
    email: 'admin@parity.demo',
    name: 'Ana Admin',
    institution: 'seesac',
    roles: [Role.PLATFORM_ADMIN],
    sex: Sex.FEMALE,
    category: StaffCategory.CIVILIAN,
    rank: null,
    locale: 'en',
  },
  {
    role: 'Institution admin',
    email: 'hr.admin@parity.demo',
    name: 'Milica Perović',
    institution: 'mod-me',
    roles: [Role.INSTITUTION_ADMIN],
    sex: Sex.FEMALE,
    category: StaffCategory.CIVILIAN,
    rank: null,
    locale: 'cnr',
  },
  {
    role: 'Trainer',
    email: 'trainer@parity.demo',
    name: 'Dragan Kovačević',
    institution: 'af-ba',
    roles: [Role.TRAINER],
    sex: Sex.MALE,
    category: StaffCategory.MILITARY,
    rank: RankGroup.SENIOR_OFFICER,
    locale: 'bs',
  },
  {
    role: 'Trainer (reviewer)',
    email: 'trainer2@parity.demo',
    name: 'Amra Hodžić',
    institution: 'af-ba',
    roles: [Role.TRAINER],
    sex: Sex.FEMALE,
    category: StaffCategory.MILITARY,
    rank: RankGroup.JUNIOR_OFFICER,
    locale: 'bs',
  },
  {
    role: 'Coach',
    email: 'coach@parity.demo',
    name: 'Elena Stojanovska',
    institution: 'mod-mk',
    roles: [Role.COACH],
    sex: Sex.FEMALE,
    category: StaffCategory.CIVILIAN,
    rank: null,
    locale: 'mk',
  },
  {
    role: 'Learner',
    email: 'learner@parity.demo',
    name: 'Marko Jovanović',
    institution: 'saf-rs',
    roles: [Role.LEARNER],
    sex: Sex.MALE,
    category: StaffCategory.MILITARY,
    rank: RankGroup.NCO,
    locale: 'sr-Cyrl',
  },
  {
    role: 'Commander (coachee)',
    email: 'commander@parity.demo',
    name: 'Col. Vesna Radović',
    institution: 'af-me',
    roles: [Role.LEARNER],
    sex: Sex.FEMALE,
    category: StaffCategory.MILITARY,
    rank: RankGroup.SENIOR_OFFICER,
    locale: 'cnr',
  },
] as const;

/**
 * Loads the demo once: organisations of the region and one person per role. Running it again changes nothing
 * (the platform admin's e-mail is the marker).
 */
export async function seedDemo(
  em: EntityManager,
  passwordHash: string,
  noteCipher: NoteCipher,
): Promise<{ created: boolean; logins: DemoLogin[] }> {
  const logins = DEMO_PEOPLE.map((person) => ({
    role: person.role,
    email: person.email,
    password: DEMO_PASSWORD,
    institution: DEMO_INSTITUTIONS.find((inst) => inst.key === person.institution)?.name ?? '',
  }));
  if (await em.count(User, { email: DEMO_PEOPLE[0].email })) return { created: false, logins };

  await em.transactional(async (tx) => {
    const countries = new Map<string, Country>();
    for (const { code, name } of DEMO_COUNTRIES) {
      const country = (await tx.findOne(Country, { code })) ?? new Country(code, name);
      tx.persist(country);
      countries.set(code, country);
    }
    const institutions = new Map<string, { institution: Institution; units: Unit[] }>();
    for (const spec of DEMO_INSTITUTIONS) {
      const country = countries.get(spec.country);
      if (!country) throw new Error(`Demo institution ${spec.key} names an unknown country ${spec.country}`);
      const institution = new Institution(country, spec.name, spec.shortName);
      const units = spec.units.map((name) => new Unit(institution, name, null));
      tx.persist([institution, ...units]);
      institutions.set(spec.key, { institution, units });
    }
    const people = new Map<string, User>();
    for (const person of DEMO_PEOPLE) {
      const home = institutions.get(person.institution);
      if (!home) throw new Error(`Demo person ${person.email} names an unknown institution`);
      const user = new User({
        institution: home.institution,
        email: person.email,
        displayName: person.name,
        unit: home.units[0] ?? null,
        locale: person.locale,
        sex: person.sex,
        staffCategory: person.category,
        rank: person.rank,
      });
      user.setPassword(passwordHash);
      tx.persist(user);
      people.set(person.email, user);
      for (const role of person.roles) tx.persist(new RoleAssignment(user, role, home.institution));
    }
    const author = people.get('trainer@parity.demo');
    const reviewer = people.get('trainer2@parity.demo');
    const learner = people.get('learner@parity.demo');
    if (author && reviewer) {
      const demo = seedDemoCourse(tx, author, reviewer);
      if (learner) seedDemoLearning(tx, learner, demo, { assigner: author });
    }
    const coaching = seedDemoCoaching(tx, people);
    if (coaching) seedDemoCoachingWork(tx, coaching, noteCipher);
  });
  return { created: true, logins };
}
