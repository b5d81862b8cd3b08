import { describe, expect, it } from 'vitest';
import type { ReportData } from '../../composables/useReport';
import { chartData, tooltipFigure } from './report-chart';

const cell = (value: number | null) => ({ value, people: value === null ? 0 : 10, suppressed: false });
const hidden = { value: null, people: null, suppressed: true };
const bar = (value: number | null) => ({ value, suppressed: false });
const gap = { value: null, suppressed: true };
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
      series: [{ name: 'Enrolments', points: [bar(12), gap] }],
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
        { name: 'NCO', points: [bar(7), gap] },
        { name: 'Enlisted', points: [gap, bar(null)] },
      ],
      suppressed: 2,
    });
  });

  it('never draw a suppressed figure, even one that arrived with a value', () => {
    const leaky: ReportData = {
      ...base,
      rows: [
        { key: { key: 'male', label: 'Men' }, cells: [], total: { value: 3, people: 3, suppressed: true } },
      ],
    };
    expect(chartData(leaky).series[0]?.points).toEqual([gap]);
  });
});

describe('the figures of the chart’s tooltip', () => {
  const texts = {
    figure: (value: number) => `${value} people`,
    minCellSize: 5,
    suppressed: 'suppressed: fewer than 5 people',
    noData: 'no data',
  };

  it('write a drawn figure in the reader’s format', () => {
    expect(tooltipFigure(bar(12), texts)).toBe('12 people');
    expect(tooltipFigure(bar(0), texts)).toBe('0 people');
  });

  it('write a suppressed figure as below the threshold, not as missing', () => {
    expect(tooltipFigure(gap, texts)).toBe('<5 (suppressed: fewer than 5 people)');
  });

  it('write "no data" only for an empty figure', () => {
    expect(tooltipFigure(bar(null), texts)).toBe('no data');
    expect(tooltipFigure(undefined, texts)).toBe('no data');
  });
});
