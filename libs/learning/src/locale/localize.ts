import {
  resolveText,
  transliterate,
  transliterateHtml,
  type Locale,
  type TranslatedText,
} from '@parity/curriculum';
import type { LocalizedText } from '../dto/localized-text.type';

const EMPTY = (locale: Locale): LocalizedText => ({ text: '', locale, transliterated: false });

/** A plain text in the reader's language (fallback chain; exact Serbian transliteration before fallback). */
export function localize(value: TranslatedText, locale: Locale): LocalizedText {
  return resolveText(value, locale, transliterate) ?? EMPTY(locale);
}

/** Sanitised HTML in the reader's language; transliteration leaves tags and attributes alone. */
export function localizeHtml(value: TranslatedText, locale: Locale): LocalizedText {
  return resolveText(value, locale, transliterateHtml) ?? EMPTY(locale);
}
