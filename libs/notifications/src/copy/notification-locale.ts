/** The languages Parity writes notifications in (Montenegrin in Latin script, Macedonian in Cyrillic). */
export const NOTIFICATION_LOCALES = ['en', 'bs', 'hr', 'sr-Latn', 'sr-Cyrl', 'cnr', 'mk', 'sq'] as const;

export type NotificationLocale = (typeof NOTIFICATION_LOCALES)[number];

/**
 * Dates are formatted with these Intl locales. English uses en-GB because the readers are in Europe (day before
 * month); Montenegrin uses sr-Latn-ME because runtimes lack `cnr` data.
 */
const INTL_LOCALE: Record<NotificationLocale, string> = {
  en: 'en-GB',
  bs: 'bs',
  hr: 'hr',
  'sr-Latn': 'sr-Latn',
  'sr-Cyrl': 'sr-Cyrl',
  cnr: 'sr-Latn-ME',
  mk: 'mk',
  sq: 'sq',
};

/** A person's stored locale, or English when it is not one Parity writes in. */
export function resolveNotificationLocale(locale: string): NotificationLocale {
  return NOTIFICATION_LOCALES.find((known) => known === locale) ?? 'en';
}

export function intlLocaleOf(locale: NotificationLocale): string {
  return INTL_LOCALE[locale];
}

/** Plural rules follow the language, not the script; Montenegrin counts like Serbian ('sr'). */
export function pluralLocaleOf(locale: NotificationLocale): string {
  return locale === 'cnr' ? 'sr' : INTL_LOCALE[locale];
}
