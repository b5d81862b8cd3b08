import type { Locale } from '@parity/curriculum';
import { cyrillicCopy } from '../labels/cyrillic-copy';
import { BS, CNR, HR, MK, SQ, SR_LATN } from './export-copy-locales';

/**
 * The words of report downloads (XLSX, PDF) beyond the table's own labels (those come from the report). Templates
 * take `{0}`, `{1}`: digits survive the Serbian Latin → Cyrillic transliteration, and the values put in (names,
 * dates) are never transliterated.
 */
export interface ExportCopy {
  /** The XLSX sheet with the explanation (≤ 31 characters). */
  aboutSheet: string;
  aboutTitle: string;
  summaryTitle: string;
  measure: string;
  breakdown: string;
  noBreakdown: string;
  filters: string;
  noFilters: string;
  quizzes: string;
  period: string;
  from: string;
  before: string;
  subUnitsOf: string;
  generatedAt: string;
  suppressionTitle: string;
  threshold: string;
  complementary: string;
  emptyCells: string;
  totals: string;
  hidden: string;
  page: string;
}

export const EN: ExportCopy = {
  aboutSheet: 'About',
  aboutTitle: 'About this report',
  summaryTitle: 'Report summary',
  measure: 'Measure',
  breakdown: 'Breakdown',
  noBreakdown: 'None (overall total)',
  filters: 'Filters',
  noFilters: 'None',
  quizzes: 'Quiz',
  period: 'Period',
  from: 'from {0}',
  before: 'before {0}',
  subUnitsOf: 'units within {0}',
  generatedAt: 'Generated',
  suppressionTitle: 'Small numbers',
  threshold:
    'Figures about fewer than {0} people are not shown; they read “<{0}”, so that nobody can be identified.',
  complementary:
    'Some other figures are hidden as well and also read “<{0}”, so that a hidden figure cannot be worked out from the totals.',
  emptyCells: 'An empty cell means that there is no data for a rate or an average.',
  totals: 'Totals count each person once.',
  hidden: 'hidden',
  page: 'Page {0} of {1}',
};

const COPY: Record<Locale, ExportCopy> = {
  en: EN,
  bs: BS,
  hr: HR,
  'sr-Latn': SR_LATN,
  'sr-Cyrl': cyrillicCopy(SR_LATN),
  cnr: CNR,
  mk: MK,
  sq: SQ,
};

/** The download words in `locale` (English for anything else). */
export const exportCopy = (locale: string): ExportCopy => COPY[locale as Locale] ?? EN;

/** A template with its `{0}`, `{1}` … filled in. */
export const fill = (template: string, ...values: (string | number)[]): string =>
  template.replace(/\{(\d)\}/g, (_, index: string) => String(values[Number(index)] ?? ''));
