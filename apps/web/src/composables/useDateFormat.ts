import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { intlLocale } from '../i18n';
import { useSessionStore } from '../stores/session';

/** Formats dates in the reader's language and time zone (the profile's zone when signed in). */
export function useDateFormat() {
  const { locale } = useI18n();
  const session = useSessionStore();

  const formatter = computed(() => {
    const timeZone = session.me?.timeZone || undefined;
    try {
      return new Intl.DateTimeFormat(intlLocale(locale.value), {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone,
      });
    } catch {
      return new Intl.DateTimeFormat(intlLocale(locale.value), { dateStyle: 'medium', timeStyle: 'short' });
    }
  });

  function formatDateTime(value: string | null | undefined): string {
    if (!value) return '';
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? value : formatter.value.format(date);
  }

  return { formatDateTime };
}
