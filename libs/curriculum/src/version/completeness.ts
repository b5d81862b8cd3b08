import { LOCALES, type Locale } from '../translation/locale';
import { hasLocale, type TranslatedText } from '../translation/translated-text';

export interface LocaleCompleteness {
  locale: Locale;
  total: number;
  missing: number;
  /** Present only as an exact Serbian transliteration (to be reviewed by a person). */
  transliterated: number;
  complete: boolean;
}

/** For each language: how many of the version's texts exist in it, and whether the version can be published in it. */
export function completeness(texts: TranslatedText[]): LocaleCompleteness[] {
  return LOCALES.map((locale) => {
    let missing = 0;
    let transliterated = 0;
    for (const text of texts) {
      if (!hasLocale(text, locale)) missing++;
      else if (!text[locale]) transliterated++;
    }
    return {
      locale,
      total: texts.length,
      missing,
      transliterated,
      complete: texts.length > 0 && missing === 0,
    };
  });
}
