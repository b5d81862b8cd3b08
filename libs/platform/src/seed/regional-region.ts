import { DEMO_INSTITUTIONS } from './demo-organisations';

/** What kind of body an institution is: it decides its people's mix of categories, ranks and sexes. */
export type InstitutionKind = 'ministry' | 'armed_forces' | 'international';

export interface RegionalInstitution {
  name: string;
  shortName: string;
  country: string;
  kind: InstitutionKind;
  /** Share of the generated learners (relative weight). */
  weight: number;
  /** Top-level units, each with its sub-units. */
  units: { name: string; subUnits: string[] }[];
}

const FORCES_SUB_UNITS = ['Headquarters', '1st Battalion', '2nd Battalion', 'Logistics Company'];
const MINISTRY_SUB_UNITS = ['Policy Section', 'Administration Section'];

const KINDS: Record<string, InstitutionKind> = {
  seesac: 'international',
  'af-me': 'armed_forces',
  'af-ba': 'armed_forces',
  'army-mk': 'armed_forces',
  'saf-rs': 'armed_forces',
};

/** Relative size of each institution's learner population (armed forces are the large employers). */
const WEIGHTS: Record<string, number> = {
  seesac: 1,
  'mod-me': 4,
  'af-me': 8,
  'mod-ba': 5,
  'af-ba': 15,
  'mos-ba': 3,
  'mod-mk': 5,
  'army-mk': 12,
  'mod-rs': 7,
  'saf-rs': 24,
};

const withSubUnits = (kind: InstitutionKind, units: readonly string[]) =>
  units.map((name) => ({
    name,
    subUnits: (kind === 'international'
      ? []
      : kind === 'armed_forces'
        ? FORCES_SUB_UNITS
        : MINISTRY_SUB_UNITS
    ).map((sub) => `${name} – ${sub}`),
  }));

/**
 * The region of the generated data set: the demo institutions (same names, so the demo's own institutions are used
 * where they exist) plus the Ministry of Defence and Armed Forces of Albania.
 */
export const REGIONAL_INSTITUTIONS: RegionalInstitution[] = [
  ...DEMO_INSTITUTIONS.map((spec) => {
    const kind = KINDS[spec.key] ?? 'ministry';
    return {
      name: spec.name,
      shortName: spec.shortName,
      country: spec.country,
      kind,
      weight: WEIGHTS[spec.key] ?? 1,
      units: withSubUnits(kind, spec.units),
    };
  }),
  {
    name: 'Ministry of Defence of Albania',
    shortName: 'MoD AL',
    country: 'AL',
    kind: 'ministry',
    weight: 4,
    units: withSubUnits('ministry', ['Directorate of Human Resources', 'Gender Equality Office']),
  },
  {
    name: 'Albanian Armed Forces',
    shortName: 'AAF',
    country: 'AL',
    kind: 'armed_forces',
    weight: 12,
    units: withSubUnits('armed_forces', ['General Staff', 'Land Force', 'Naval Force']),
  },
];

/** The languages people of each country choose (relative weights), and their time zone. */
export const COUNTRY_LOCALES: Record<string, { locales: Record<string, number>; timeZone: string }> = {
  BA: { locales: { bs: 55, hr: 20, 'sr-Cyrl': 15, 'sr-Latn': 10 }, timeZone: 'Europe/Sarajevo' },
  ME: { locales: { cnr: 75, 'sr-Latn': 20, sq: 5 }, timeZone: 'Europe/Podgorica' },
  MK: { locales: { mk: 75, sq: 25 }, timeZone: 'Europe/Skopje' },
  RS: { locales: { 'sr-Cyrl': 55, 'sr-Latn': 45 }, timeZone: 'Europe/Belgrade' },
  AL: { locales: { sq: 95, en: 5 }, timeZone: 'Europe/Tirane' },
  XK: { locales: { sq: 90, 'sr-Latn': 10 }, timeZone: 'Europe/Belgrade' },
};

/** An international organisation works mostly in English whatever its host country. */
export const INTERNATIONAL_LOCALES: Record<string, number> = { en: 70, 'sr-Latn': 30 };
