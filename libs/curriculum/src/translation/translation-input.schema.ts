import { z } from 'zod';
import { sanitizePlainText, sanitizeRichText } from '../content/rich-text-sanitizer';
import { LOCALES } from './locale';
import type { TranslatedText } from './translated-text';

const entry = z.object({ locale: z.enum(LOCALES), text: z.string().max(200_000) });

/** A list of {locale, text} from the client, as stored JSON: plain text (titles, names), cleaned and bounded. */
export const plainTranslations = (maxLength: number) =>
  z
    .array(entry)
    .max(LOCALES.length)
    .transform((entries): TranslatedText => {
      const result: TranslatedText = {};
      for (const { locale, text } of entries) {
        const clean = sanitizePlainText(text, maxLength);
        if (clean) result[locale] = clean;
      }
      return result;
    });

/** Rich text per language: sanitised against the allow-list before it is stored. */
export const richTranslations = z
  .array(entry)
  .max(LOCALES.length)
  .transform((entries): TranslatedText => {
    const result: TranslatedText = {};
    for (const { locale, text } of entries) {
      const clean = sanitizeRichText(text).trim();
      if (clean) result[locale] = clean;
    }
    return result;
  });

/** Stored JSON back to the GraphQL list form, in the platform's locale order. */
export function toTranslationList(value: TranslatedText): { locale: string; text: string }[] {
  return LOCALES.filter((locale) => value[locale]).map((locale) => ({ locale, text: value[locale] ?? '' }));
}
