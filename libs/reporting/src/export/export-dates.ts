/** Intl locale of a Parity locale: Montenegrin is formatted as Serbian Latin for Montenegro (runtimes lack `cnr`). */
export const intlLocale = (locale: string): string => (locale === 'cnr' ? 'sr-Latn-ME' : locale);

/** A filter date (a calendar day, stored as UTC midnight) in words: "1 January 2025" in the report's language. */
export function formatDay(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** When a download was made, in the viewer's language and time zone (UTC when the zone is unknown). */
export function formatMoment(date: Date, locale: string, timeZone: string): string {
  const options = { dateStyle: 'long', timeStyle: 'short' } as const;
  try {
    return new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone }).format(date);
  } catch {
    return new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone: 'UTC' }).format(date);
  }
}

/** A figure for people to read: the report language's separators, two decimals for rates and averages. */
export function formatFigure(value: number, locale: string, decimals: number): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}
