import type { InstitutionKind } from './regional-region';

export type RankKey = 'general_officer' | 'senior_officer' | 'junior_officer' | 'nco' | 'enlisted';

/**
 * Who works where, as documented for the generated data set (and checked by test/integration/regional-data.spec.ts):
 * - armed forces: 90 % military; ranks ½ % general officers, 7 % senior officers, 15 % junior officers, 30 % NCOs,
 *   47½ % soldiers; women are 2 / 5 / 11 / 7 / 8 % of those rank groups and 30 % of the civilians, about 10 % overall;
 * - ministries: 25 % military (mostly officers), women about 46 % overall (55 % of the civilians);
 * - international organisations: all civilian, 62 % women;
 * - 1 % of people have not recorded their sex (null), everywhere.
 */
export interface KindProfile {
  militaryShare: number;
  ranks: Record<RankKey, number>;
  femaleByRank: Record<RankKey, number>;
  femaleCivilian: number;
}

export const SEX_UNRECORDED_SHARE = 0.01;

export const KIND_PROFILES: Record<InstitutionKind, KindProfile> = {
  armed_forces: {
    militaryShare: 0.9,
    ranks: { general_officer: 0.5, senior_officer: 7, junior_officer: 15, nco: 30, enlisted: 47.5 },
    femaleByRank: {
      general_officer: 0.02,
      senior_officer: 0.05,
      junior_officer: 0.11,
      nco: 0.07,
      enlisted: 0.08,
    },
    femaleCivilian: 0.3,
  },
  ministry: {
    militaryShare: 0.25,
    ranks: { general_officer: 3, senior_officer: 35, junior_officer: 35, nco: 20, enlisted: 7 },
    femaleByRank: {
      general_officer: 0.05,
      senior_officer: 0.12,
      junior_officer: 0.25,
      nco: 0.2,
      enlisted: 0.15,
    },
    femaleCivilian: 0.55,
  },
  international: {
    militaryShare: 0,
    ranks: { general_officer: 0, senior_officer: 0, junior_officer: 0, nco: 0, enlisted: 1 },
    femaleByRank: { general_officer: 0, senior_officer: 0, junior_officer: 0, nco: 0, enlisted: 0 },
    femaleCivilian: 0.62,
  },
};

/** The expected share of women among people of known sex in an institution of this kind (for tests and docs). */
export function expectedFemaleShare(kind: InstitutionKind): number {
  const profile = KIND_PROFILES[kind];
  const total = Object.values(profile.ranks).reduce((sum, weight) => sum + weight, 0);
  const military = (Object.keys(profile.ranks) as RankKey[]).reduce(
    (sum, rank) => sum + (profile.ranks[rank] / total) * profile.femaleByRank[rank],
    0,
  );
  return profile.militaryShare * military + (1 - profile.militaryShare) * profile.femaleCivilian;
}
