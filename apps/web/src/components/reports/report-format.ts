import { intlLocale } from '../../i18n';
import type { MeasureKind } from './report-options';

/** How each kind of value is written: percentages and averages to one decimal, counts whole. */
const OPTIONS: Record<MeasureKind, Intl.NumberFormatOptions> = {
  count: { maximumFractionDigits: 0 },
  percent: { style: 'percent', maximumFractionDigits: 1 },
  days: { style: 'unit', unit: 'day', unitDisplay: 'long', maximumFractionDigits: 1 },
  points: { maximumFractionDigits: 1, signDisplay: 'exceptZero' },
};

/** A figure of a report in the reader's language (`percent` values arrive as 0–100). */
export function formatFigure(value: number, kind: MeasureKind, locale: string): string {
  const shown = kind === 'percent' ? value / 100 : value;
  try {
    return new Intl.NumberFormat(intlLocale(locale), OPTIONS[kind]).format(shown);
  } catch {
    return String(value);
  }
}
