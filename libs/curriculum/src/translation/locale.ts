/** The languages Parity teaches in (BCP 47). Montenegrin is written in Latin script here; Macedonian in Cyrillic. */
export const LOCALES = ['en', 'bs', 'hr', 'sr-Latn', 'sr-Cyrl', 'cnr', 'mk', 'sq'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** Where to look when a text is missing in the reader's language, nearest first (English last). */
export const FALLBACK_CHAIN: Record<Locale, readonly Locale[]> = {
  en: [],
  bs: ['hr', 'sr-Latn', 'cnr', 'en'],
  hr: ['bs', 'sr-Latn', 'cnr', 'en'],
  'sr-Latn': ['sr-Cyrl', 'cnr', 'bs', 'hr', 'en'],
  'sr-Cyrl': ['sr-Latn', 'cnr', 'bs', 'hr', 'en'],
  cnr: ['sr-Latn', 'sr-Cyrl', 'bs', 'hr', 'en'],
  mk: ['en'],
  sq: ['en'],
};
