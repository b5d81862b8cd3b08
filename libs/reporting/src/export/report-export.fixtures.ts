import type { ReportType } from '../dto/report.type';
import { ReportDimension, ReportMeasure } from '../dto/report-enums';
import type { ReportExportContext } from './report-format';

export const shown = (value: number, people = value) => ({ value, people, suppressed: false });
export const hidden = { value: null, people: null, suppressed: true };

/** Completion rate by sex × institution in Macedonian, women's figures suppressed (with their complements). */
export const givenCrossReport = (overrides: Partial<ReportType> = {}): ReportType => ({
  measure: ReportMeasure.COMPLETION_RATE,
  measureLabel: 'Стапка на завршување (%)',
  dimensions: [ReportDimension.SEX, ReportDimension.INSTITUTION],
  dimensionLabels: ['Пол', 'Институција'],
  minCellSize: 5,
  locale: 'mk',
  columns: [
    { key: 'a', label: 'Министерство за одбрана' },
    { key: 'b', label: 'Армија' },
  ],
  rows: [
    { key: { key: 'female', label: 'Жени' }, cells: [hidden, hidden], total: shown(81.82, 11) },
    {
      key: { key: 'male', label: 'Мажи' },
      cells: [shown(87.5, 8), shown(85.71, 7)],
      total: shown(86.67, 15),
    },
  ],
  columnTotals: [shown(85.71, 14), shown(83.33, 12)],
  grandTotal: shown(84.62, 26),
  ...overrides,
});

/** Enrolments by one dimension with `count` rows, every third suppressed. */
export const givenLongReport = (count: number, overrides: Partial<ReportType> = {}): ReportType => ({
  measure: ReportMeasure.ENROLMENTS,
  measureLabel: 'Upisi',
  dimensions: [ReportDimension.UNIT],
  dimensionLabels: ['Jedinica'],
  minCellSize: 5,
  locale: 'sr-Latn',
  columns: [],
  rows: Array.from({ length: count }, (_, i) => ({
    key: { key: `u${i}`, label: `Jedinica ${i + 1}` },
    cells: [],
    total: i % 3 === 0 ? hidden : shown(10 + i),
  })),
  columnTotals: [],
  grandTotal: shown(5000),
  ...overrides,
});

export const givenContext = (overrides: Partial<ReportExportContext> = {}): ReportExportContext => ({
  generatedAt: new Date('2026-03-02T10:30:00Z'),
  timeZone: 'Europe/Skopje',
  filters: [{ label: 'Пол', values: ['Жени', 'Мажи'] }],
  ...overrides,
});
