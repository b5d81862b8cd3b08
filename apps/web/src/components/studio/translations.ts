import { LOCALES } from '../../i18n';

export interface Text {
  locale: string;
  text: string;
}

/** The text in exactly this language ('' when there is none). */
export function textIn(texts: readonly Text[], locale: string): string {
  return texts.find((entry) => entry.locale === locale)?.text ?? '';
}

/** The text in the first of `locales` that has one, else in any language. */
export function displayText(texts: readonly Text[], ...locales: string[]): string {
  for (const locale of locales) {
    const text = textIn(texts, locale);
    if (text.trim()) return text;
  }
  return texts.find((entry) => entry.text.trim())?.text ?? '';
}

/** All translations, with `locale` set to `text` (removed when empty): what a save sends. */
export function withText(texts: readonly Text[], locale: string, text: string): Text[] {
  const others = texts
    .filter((entry) => entry.locale !== locale)
    .map(({ locale: l, text: x }) => ({ locale: l, text: x }));
  return text.trim() ? [...others, { locale, text }] : others;
}

/** A content language's name, in that language ("Shqip", "Македонски"). */
export function languageName(code: string): string {
  return LOCALES.find((entry) => entry.code === code)?.name ?? code;
}

export const CONTENT_LOCALES: readonly string[] = LOCALES.map((entry) => entry.code);
