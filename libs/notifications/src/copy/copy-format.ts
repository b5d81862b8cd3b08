import { intlLocaleOf, pluralLocaleOf, type NotificationLocale } from './notification-locale';
import { countWithForms } from './plural-forms';
import { UNIT_COPY } from './unit.copy';

/** What copy needs to turn params into words, bound to one person's language and time zone. */
export interface CopyFormat {
  /** Date and time with the zone ("30 November 2026 at 17:00 CET"): for deadlines and sessions, where time matters. */
  dateTime(iso: string): string;
  /** Date only: for when something was assigned, last touched or expires. */
  date(iso: string): string;
  days(count: number): string;
  hours(count: number): string;
  minutes(count: number): string;
  overdueAssignments(count: number): string;
  percent(value: number): string;
}

export function createCopyFormat(locale: NotificationLocale, timeZone: string): CopyFormat {
  const intlLocale = intlLocaleOf(locale);
  const pluralLocale = pluralLocaleOf(locale);
  const units = UNIT_COPY[locale];
  // 24-hour clock everywhere: it is what all these ministries use, even where CLDR defaults to "PD/MD" (sq).
  const dateTime = new Intl.DateTimeFormat(intlLocale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
    timeZoneName: 'short',
  });
  const date = new Intl.DateTimeFormat(intlLocale, { dateStyle: 'long', timeZone });
  const percent = new Intl.NumberFormat(intlLocale, { style: 'percent', maximumFractionDigits: 0 });
  return {
    dateTime: (iso) => dateTime.format(new Date(iso)),
    date: (iso) => date.format(new Date(iso)),
    days: (count) => countWithForms(pluralLocale, intlLocale, count, units.day),
    hours: (count) => countWithForms(pluralLocale, intlLocale, count, units.hour),
    minutes: (count) => countWithForms(pluralLocale, intlLocale, count, units.minute),
    overdueAssignments: (count) => countWithForms(pluralLocale, intlLocale, count, units.overdueAssignment),
    percent: (value) => percent.format(value / 100),
  };
}
