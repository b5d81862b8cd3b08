import { isLocale, type Locale, FALLBACK_CHAIN, LOCALES } from './locale';

/** A text in several languages, stored as one JSON object: { "en": "…", "sr-Cyrl": "…" }. */
export type TranslatedText = Partial<Record<Locale, string>>;

export interface ResolvedText {
  text: string;
  /** The language the text is in (may differ from the one asked for). */
  locale: Locale;
  /** True when the text was produced by transliteration (sr-Latn ↔ sr-Cyrl), not written by a person. */
  transliterated: boolean;
}

export type Transliterator = (text: string, from: 'sr-Latn' | 'sr-Cyrl', to: 'sr-Latn' | 'sr-Cyrl') => string;

/** Removes empty entries and unknown locales; keeps what a person wrote. */
export function cleanTranslations(entries: { locale: string; text: string }[]): TranslatedText {
  const result: TranslatedText = {};
  for (const { locale, text } of entries) {
    if (isLocale(locale) && text.trim()) result[locale] = text;
  }
  return result;
}

/**
 * The text for a reader: their language; else the exact Serbian transliteration; else the fallback chain;
 * else any language there is.
 */
export function resolveText(
  value: TranslatedText,
  locale: Locale,
  transliterate?: Transliterator,
): ResolvedText | null {
  const own = value[locale];
  if (own) return { text: own, locale, transliterated: false };
  if (transliterate && (locale === 'sr-Latn' || locale === 'sr-Cyrl')) {
    const other = locale === 'sr-Latn' ? 'sr-Cyrl' : 'sr-Latn';
    const source = value[other];
    if (source) return { text: transliterate(source, other, locale), locale, transliterated: true };
  }
  for (const candidate of [...FALLBACK_CHAIN[locale], ...LOCALES]) {
    const text = value[candidate];
    if (text) return { text, locale: candidate, transliterated: false };
  }
  return null;
}

/** True when the text exists in the locale, counting an exact Serbian transliteration as present. */
export function hasLocale(value: TranslatedText, locale: Locale): boolean {
  if (value[locale]) return true;
  if (locale === 'sr-Latn') return Boolean(value['sr-Cyrl']);
  if (locale === 'sr-Cyrl') return Boolean(value['sr-Latn']);
  return false;
}
