import { regionalUuid } from './regional-ids';
import { REGIONAL_NAMES } from './regional-names';
import { KIND_PROFILES, SEX_UNRECORDED_SHARE, type RankKey } from './regional-profiles';
import type { RegionalRandom } from './regional-random';
import { COUNTRY_LOCALES, INTERNATIONAL_LOCALES, type RegionalInstitution } from './regional-region';

/** An institution of the region as it is in the database: its id and its units' ids (sub-units included). */
export interface PlacedInstitution {
  id: string;
  spec: RegionalInstitution;
  unitIds: string[];
}

/** One generated person (a learner). */
export interface PlannedPerson {
  id: string;
  email: string;
  displayName: string;
  locale: string;
  timeZone: string;
  institution: PlacedInstitution;
  unitId: string | null;
  sex: 'female' | 'male' | null;
  category: 'military' | 'civilian';
  rank: RankKey | null;
}

export const regionalEmail = (label: string, n: number): string => `${label}.${n}@regional.parity.demo`;

/** `count` people spread over the institutions by weight, each with the attributes their institution's kind makes likely. */
export function planPeople(
  label: string,
  count: number,
  institutions: PlacedInstitution[],
  random: RegionalRandom,
): PlannedPerson[] {
  const weights = Object.fromEntries(institutions.map((inst, index) => [String(index), inst.spec.weight]));
  const people: PlannedPerson[] = [];
  for (let n = 1; n <= count; n++) {
    const institution = institutions[Number(random.weighted(weights))];
    if (!institution) throw new Error('no institution to place a person in');
    const profile = KIND_PROFILES[institution.spec.kind];
    const military = random.chance(profile.militaryShare);
    const rank = military ? random.weighted(profile.ranks) : null;
    const femaleChance = rank ? profile.femaleByRank[rank] : profile.femaleCivilian;
    const sexDraw = random.next();
    const sex =
      sexDraw < SEX_UNRECORDED_SHARE
        ? null
        : (sexDraw - SEX_UNRECORDED_SHARE) / (1 - SEX_UNRECORDED_SHARE) < femaleChance
          ? 'female'
          : 'male';
    const country = COUNTRY_LOCALES[institution.spec.country] ?? COUNTRY_LOCALES['RS'];
    const locales =
      institution.spec.kind === 'international' ? INTERNATIONAL_LOCALES : (country?.locales ?? { en: 1 });
    const names = REGIONAL_NAMES[institution.spec.country] ?? REGIONAL_NAMES['RS'];
    const first = random.pick(names?.[sex === 'female' ? 'female' : 'male'] ?? ['Alex']);
    const surname = random.pick(names?.surnames ?? ['Petrović']);
    people.push({
      id: regionalUuid(`${label}:person:${n}`),
      email: regionalEmail(label, n),
      displayName: `${first} ${surname}`,
      locale: random.weighted(locales),
      timeZone: country?.timeZone ?? 'Europe/Belgrade',
      institution,
      unitId: institution.unitIds.length ? random.pick(institution.unitIds) : null,
      sex,
      category: military ? 'military' : 'civilian',
      rank,
    });
  }
  return people;
}
