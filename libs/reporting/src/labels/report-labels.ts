import { transliterate, type Locale } from '@parity/curriculum';
import { BS, CNR, EN, HR, MK, SQ, SR_LATN, type ReportCopy } from './report-copy';

const cyrillic = (copy: ReportCopy): ReportCopy => {
  const convert = (text: string): string => transliterate(text, 'sr-Latn', 'sr-Cyrl');
  const map = (record: Record<string, string>): Record<string, string> =>
    Object.fromEntries(Object.entries(record).map(([key, value]) => [key, convert(value)]));
  const { measures, dimensions, ...words } = copy;
  return {
    ...(map(words) as unknown as Omit<ReportCopy, 'measures' | 'dimensions'>),
    suppressed: copy.suppressed,
    measures: map(measures),
    dimensions: map(dimensions),
  };
};

const COPY: Record<Locale, ReportCopy> = {
  en: EN,
  bs: BS,
  hr: HR,
  'sr-Latn': SR_LATN,
  'sr-Cyrl': cyrillic(SR_LATN),
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
