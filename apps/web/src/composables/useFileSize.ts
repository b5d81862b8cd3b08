import { useI18n } from 'vue-i18n';
import { intlLocale } from '../i18n';

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
const STEP = 1024;

/**
 * "1.5 MB", "1,5 MB", "1,5 МБ": a size in bytes in the largest unit that keeps it at least 1 (steps of 1024, as
 * the 25 MB upload limit is counted), with one decimal below 10 and none above, in the locale's own notation.
 */
export function formatFileSize(bytes: number, intlTag: string): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= STEP && unit < UNITS.length - 1) {
    value /= STEP;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  try {
    return new Intl.NumberFormat(intlTag, {
      style: 'unit',
      unit: UNITS[unit],
      unitDisplay: 'short',
      maximumFractionDigits: digits,
    }).format(value);
  } catch {
    return `${value.toFixed(digits)} ${['B', 'KB', 'MB', 'GB'][unit]}`;
  }
}

/** File sizes in the reader's language, following the language switcher. */
export function useFileSize(): { fileSize: (bytes: number) => string } {
  const { locale } = useI18n();
  return { fileSize: (bytes: number) => formatFileSize(bytes, intlLocale(locale.value)) };
}
