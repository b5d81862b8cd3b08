import { describe, expect, it } from 'vitest';
import type { ReportData } from '../../composables/useReport';
import { chartData } from './report-chart';

const cell = (value: number | null) => ({ value, people: value === null ? 0 : 10, suppressed: false });
const hidden = { value: null, people: null, suppressed: true };
const base: ReportData = {
  measure: 'ENROLMENTS',
  measureLabel: 'Enrolments',
  dimensions: ['SEX'],
  dimensionLabels: ['Sex'],
  minCellSize: 5,
  locale: 'en',
  columns: [],
  rows: [
    { key: { key: 'female', label: 'Women' }, cells: [], total: cell(12) },
    { key: { key: 'male', label: 'Men' }, cells: [], total: hidden },
  ],
  columnTotals: [],
  grandTotal: cell(15),
};

describe('the bars of a report', () => {
  it('draw one series with one dimension, leaving a gap for a suppressed figure', () => {
    expect(chartData(base)).toEqual({
      categories: ['Women', 'Men'],
      series: [{ name: 'Enrolments', values: [12, null] }],
      suppressed: 1,
    });
  });

  it('draw one series per column with two dimensions, without the totals', () => {
    const twoWay: ReportData = {
      ...base,
      dimensions: ['SEX', 'RANK_GROUP'],
      dimensionLabels: ['Sex', 'Rank group'],
      columns: [
        { key: 'nco', label: 'NCO' },
        { key: 'enlisted', label: 'Enlisted' },
      ],
      rows: [
        { key: { key: 'female', label: 'Women' }, cells: [cell(7), hidden], total: cell(12) },
        { key: { key: 'male', label: 'Men' }, cells: [hidden, cell(null)], total: cell(30) },
      ],
      columnTotals: [cell(20), cell(22)],
    };
    expect(chartData(twoWay)).toEqual({
      categories: ['Women', 'Men'],
      series: [
        { name: 'NCO', values: [7, null] },
        { name: 'Enlisted', values: [null, null] },
      ],
      suppressed: 2,
    });
  });
});
