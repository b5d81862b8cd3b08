import { isLocale, type Locale } from '@parity/curriculum';

interface Copy {
  description: (title: string, institution: string) => string;
  criteria: (title: string) => string;
}

/**
 * The achievement's description and criteria in the certificate's language (Open Badges requires both; a wallet
 * shows them). Kept short and factual: what was completed, from whom. Translators should review new wording.
 */
const COPY: Record<Locale, Copy> = {
  en: {
    description: (t, i) => `Certificate of completion of the course “${t}” from ${i}.`,
    criteria: (t) =>
      `Completed every required part of the course “${t}” on Parity, including its quizzes, if any.`,
  },
  bs: {
    description: (t, i) => `Certifikat o završenom kursu „${t}“ – ${i}.`,
    criteria: (t) =>
      `Završeni svi obavezni dijelovi kursa „${t}“ na platformi Parity, uključujući testove, ako ih ima.`,
  },
  hr: {
    description: (t, i) => `Potvrda o završenom tečaju „${t}“ – ${i}.`,
    criteria: (t) =>
      `Završeni svi obvezni dijelovi tečaja „${t}“ na platformi Parity, uključujući provjere znanja, ako ih ima.`,
  },
  'sr-Latn': {
    description: (t, i) => `Sertifikat o završenom kursu „${t}“ – ${i}.`,
    criteria: (t) =>
      `Završeni svi obavezni delovi kursa „${t}“ na platformi Parity, uključujući testove, ako ih ima.`,
  },
  'sr-Cyrl': {
    description: (t, i) => `Сертификат о завршеном курсу „${t}“ – ${i}.`,
    criteria: (t) =>
      `Завршени сви обавезни делови курса „${t}“ на платформи Parity, укључујући тестове, ако их има.`,
  },
  cnr: {
    description: (t, i) => `Sertifikat o završenom kursu „${t}“ – ${i}.`,
    criteria: (t) =>
      `Završeni svi obavezni djelovi kursa „${t}“ na platformi Parity, uključujući testove, ako ih ima.`,
  },
  mk: {
    description: (t, i) => `Сертификат за завршен курс „${t}“ – ${i}.`,
    criteria: (t) =>
      `Завршени се сите задолжителни делови од курсот „${t}“ на платформата Parity, вклучувајќи ги тестовите, ако ги има.`,
  },
  sq: {
    description: (t, i) => `Certifikatë për përfundimin e kursit “${t}” – ${i}.`,
    criteria: (t) =>
      `Janë përfunduar të gjitha pjesët e detyrueshme të kursit “${t}” në platformën Parity, përfshirë testet, nëse ka.`,
  },
};

/** The certificate's locale if Parity speaks it, else English (a locale column is free text). */
export function badgeLocale(locale: string): Locale {
  return isLocale(locale) ? locale : 'en';
}

export function badgeCopy(locale: Locale): Copy {
  return COPY[locale];
}
