import type { Locale } from '@parity/curriculum';
import { cyrillicCopy } from './cyrillic-copy';
import { BS, CNR, EN, HR, MK, SQ, SR_LATN, type ReportCopy } from './report-copy';

const COPY: Record<Locale, ReportCopy> = {
  en: EN,
  bs: BS,
  hr: HR,
  'sr-Latn': SR_LATN,
  'sr-Cyrl': cyrillicCopy(SR_LATN),
  cnr: CNR,
  mk: MK,
  sq: SQ,
};

/** The language names learners pick, in their own language (the same in every report language). */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: 'English',
  bs: 'Bosanski',
  hr: 'Hrvatski',
  'sr-Latn': 'Srpski (latinica)',
  'sr-Cyrl': 'Српски (ћирилица)',
  cnr: 'Crnogorski',
  mk: 'Македонски',
  sq: 'Shqip',
};

export const reportCopy = (locale: Locale): ReportCopy => COPY[locale];

/** The label of an enum value (sex, staff category, rank group), or the key itself when it is not one. */
export function enumLabel(locale: Locale, key: string): string {
  const copy = COPY[locale] as unknown as Record<string, unknown>;
  const label = copy[key];
  return typeof label === 'string' ? label : key;
}
