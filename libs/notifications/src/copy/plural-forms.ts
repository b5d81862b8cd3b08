/**
 * A noun (or adjective + noun) in each plural category a language uses. Only `other` is required: a language
 * without a `few` form (English, Macedonian, Albanian) falls back to it.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * "1 dan", "3 dana", "21 dan": the count with the form `Intl.PluralRules` picks for it, so "21 days" is singular
 * in Croatian and Macedonian but not in English.
 */
export function countWithForms(
  pluralLocale: string,
  numberLocale: string,
  count: number,
  forms: PluralForms,
): string {
  const category = new Intl.PluralRules(pluralLocale).select(count);
  const number = new Intl.NumberFormat(numberLocale, { maximumFractionDigits: 0 }).format(count);
  return `${number} ${forms[category] ?? forms.other}`;
}
