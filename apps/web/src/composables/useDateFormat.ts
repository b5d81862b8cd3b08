import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { intlLocale } from '../i18n';
import { useSessionStore } from '../stores/session';

/** Formats dates in the reader's language and time zone (the profile's zone when signed in). */
export function useDateFormat() {
  const { locale } = useI18n();
  const session = useSessionStore();

  function formatterFor(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
    const timeZone = session.me?.timeZone || undefined;
    try {
      return new Intl.DateTimeFormat(intlLocale(locale.value), { ...options, timeZone });
    } catch {
      return new Intl.DateTimeFormat(intlLocale(locale.value), options);
    }
  }
  const formatter = computed(() => formatterFor({ dateStyle: 'medium', timeStyle: 'short' }));
  const dateFormatter = computed(() => formatterFor({ dateStyle: 'medium' }));

  function format(value: string | null | undefined, using: Intl.DateTimeFormat): string {
    if (!value) return '';
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? value : using.format(date);
  }

  /** Date and time (an event: sent, submitted). */
  const formatDateTime = (value: string | null | undefined): string => format(value, formatter.value);
  /** The date alone (a day: issued, expires). */
  const formatDate = (value: string | null | undefined): string => format(value, dateFormatter.value);

  return { formatDateTime, formatDate };
}
