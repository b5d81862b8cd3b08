import { isLocale, type Locale } from '@parity/curriculum';

interface Copy {
  description: (title: string, institution: string) => string;
  criteria: (title: string) => string;
  /** A certificate of participation: its title ("Certificate of participation — <programme>") says what it is. */
  participation: { description: (title: string, institution: string) => string; criteria: string };
}

const participation = (criteria: string): Copy['participation'] => ({
  description: (t, i) => `${t} – ${i}.`,
  criteria,
});

/**
 * The achievement's description and criteria in the certificate's language (Open Badges requires both; a wallet
 * shows them). Kept short and factual: what was completed, from whom. Translators should review new wording.
 */
const COPY: Record<Locale, Copy> = {
  en: {
    description: (t, i) => `Certificate of completion of the course “${t}” from ${i}.`,
    criteria: (t) =>
      `Completed every required part of the course “${t}” on Parity, including its quizzes, if any.`,
    participation: {
      description: (t, i) => `${t}, from ${i}.`,
      criteria:
        'Took part in a coaching engagement of the programme on Parity until both the coach and the coachee confirmed it complete.',
    },
  },
  bs: {
    description: (t, i) => `Certifikat o završenom kursu „${t}“ – ${i}.`,
    criteria: (t) =>
      `Završeni svi obavezni dijelovi kursa „${t}“ na platformi Parity, uključujući testove, ako ih ima.`,
    participation: participation(
      'Učešće u koučingu u okviru programa na platformi Parity do završetka koji su potvrdili i kouč i klijent.',
    ),
  },
  hr: {
    description: (t, i) => `Potvrda o završenom tečaju „${t}“ – ${i}.`,
    criteria: (t) =>
      `Završeni svi obvezni dijelovi tečaja „${t}“ na platformi Parity, uključujući provjere znanja, ako ih ima.`,
    participation: participation(
      'Sudjelovanje u coachingu u okviru programa na platformi Parity do završetka koji su potvrdili i coach i klijent.',
    ),
  },
  'sr-Latn': {
    description: (t, i) => `Sertifikat o završenom kursu „${t}“ – ${i}.`,
    criteria: (t) =>
      `Završeni svi obavezni delovi kursa „${t}“ na platformi Parity, uključujući testove, ako ih ima.`,
    participation: participation(
      'Učešće u koučingu u okviru programa na platformi Parity do završetka koji su potvrdili i kouč i klijent.',
    ),
  },
  'sr-Cyrl': {
    description: (t, i) => `Сертификат о завршеном курсу „${t}“ – ${i}.`,
    criteria: (t) =>
      `Завршени сви обавезни делови курса „${t}“ на платформи Parity, укључујући тестове, ако их има.`,
    participation: participation(
      'Учешће у коучингу у оквиру програма на платформи Parity до завршетка који су потврдили и коуч и клијент.',
    ),
  },
  cnr: {
    description: (t, i) => `Sertifikat o završenom kursu „${t}“ – ${i}.`,
    criteria: (t) =>
      `Završeni svi obavezni djelovi kursa „${t}“ na platformi Parity, uključujući testove, ako ih ima.`,
    participation: participation(
      'Učešće u koučingu u okviru programa na platformi Parity do završetka koji su potvrdili i kouč i klijent.',
    ),
  },
  mk: {
    description: (t, i) => `Сертификат за завршен курс „${t}“ – ${i}.`,
    criteria: (t) =>
      `Завршени се сите задолжителни делови од курсот „${t}“ на платформата Parity, вклучувајќи ги тестовите, ако ги има.`,
    participation: participation(
      'Учество во коучинг во рамките на програмата на платформата Parity до завршување потврдено и од коучот и од клиентот.',
    ),
  },
  sq: {
    description: (t, i) => `Certifikatë për përfundimin e kursit “${t}” – ${i}.`,
    criteria: (t) =>
      `Janë përfunduar të gjitha pjesët e detyrueshme të kursit “${t}” në platformën Parity, përfshirë testet, nëse ka.`,
    participation: participation(
      'Pjesëmarrje në coaching në kuadër të programit në platformën Parity, deri në përfundimin e konfirmuar nga coach-i dhe klienti.',
    ),
  },
};

/** The certificate's locale if Parity speaks it, else English (a locale column is free text). */
export function badgeLocale(locale: string): Locale {
  return isLocale(locale) ? locale : 'en';
}

export function badgeCopy(locale: Locale): Copy {
  return COPY[locale];
}
