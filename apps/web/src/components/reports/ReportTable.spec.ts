import { mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ReportData } from '../../composables/useReport';
import { i18n, setLocale } from '../../i18n';
import { loadReportsMessages } from '../../locales/reports/load';
import ReportTable from './ReportTable.vue';

const cell = (value: number | null, people: number | null = value === null ? null : 10) => ({
  value,
  people,
  suppressed: false,
});
const hidden = { value: null, people: null, suppressed: true };

/** Completion rate by sex × institution: one small cell, hidden with its complements. */
const twoWay: ReportData = {
  measure: 'COMPLETION_RATE',
  measureLabel: 'Completion rate',
  dimensions: ['SEX', 'INSTITUTION'],
  dimensionLabels: ['Sex', 'Institution'],
  minCellSize: 5,
  locale: 'en',
  columns: [
    { key: 'i-1', label: 'Ministry of Defence' },
    { key: 'i-2', label: 'Armed Forces' },
  ],
  rows: [
    { key: { key: 'female', label: 'Female' }, cells: [hidden, hidden], total: cell(62.5, 8) },
    { key: { key: 'male', label: 'Male' }, cells: [hidden, hidden], total: cell(75, 40) },
    { key: { key: null, label: 'Not recorded' }, cells: [cell(50, 6), cell(null, 0)], total: cell(50, 6) },
  ],
  columnTotals: [cell(70, 30), cell(72.25, 24)],
  grandTotal: cell(71.15, 54),
};

const render = (report: ReportData) =>
  mount(ReportTable, { props: { id: 'test', report, kind: 'percent' }, global: { plugins: [i18n] } });
const texts = (elements: { text: () => string }[]) => elements.map((element) => element.text());

beforeEach(async () => {
  await setLocale('en');
  await loadReportsMessages();
});

describe('the report table', () => {
  it('has a caption naming the measure and both dimensions, and headers with scopes', () => {
    const table = render(twoWay);
    expect(table.get('caption').text()).toBe('Completion rate by Sex and Institution');
    expect(texts(table.findAll('thead th[scope="col"]'))).toEqual([
      'Sex',
      'Ministry of Defence',
      'Armed Forces',
      'Total',
    ]);
    expect(texts(table.findAll('th[scope="row"]'))).toEqual(['Female', 'Male', 'Not recorded', 'Total']);
    expect(table.get('[role="region"]').attributes('aria-labelledby')).toBe(
      table.get('caption').attributes('id'),
    );
  });

  it('shows suppressed figures as "<5" with the reason for screen readers', () => {
    const female = render(twoWay).findAll('tbody tr')[0];
    const first = female?.findAll('td')[0];
    expect(first?.get('[aria-hidden="true"]').text()).toBe('<5');
    expect(first?.get('.visually-hidden').text()).toBe('suppressed: fewer than 5 people');
  });

  it('ends every row with its total and the table with the column totals and the grand total', () => {
    const table = render(twoWay);
    const rows = table.findAll('tbody tr').map((row) => texts(row.findAll('td')).at(-1));
    expect(rows).toEqual(['62.5%', '75%', '50%']);
    expect(texts(table.findAll('tfoot td'))).toEqual(['70%', '72.3%', '71.2%']);
  });

  it('marks a figure without data, which is not the same as a hidden one', () => {
    const empty = render(twoWay).findAll('tbody tr')[2]?.findAll('td')[1];
    expect(empty?.get('.visually-hidden').text()).toBe('no data');
    expect(empty?.text()).not.toContain('<5');
  });

  it('with one dimension, gives each row its figure and the people behind it', () => {
    const oneWay: ReportData = {
      ...twoWay,
      measure: 'ENROLMENTS',
      measureLabel: 'Enrolments',
      dimensions: ['SEX'],
      dimensionLabels: ['Sex'],
      columns: [],
      columnTotals: [],
      rows: [
        { key: { key: 'female', label: 'Female' }, cells: [], total: cell(1250, 1100) },
        { key: { key: 'male', label: 'Male' }, cells: [], total: hidden },
      ],
      grandTotal: cell(1300, 1103),
    };
    const table = mount(ReportTable, {
      props: { id: 'one', report: oneWay, kind: 'count' },
      global: { plugins: [i18n] },
    });
    expect(table.get('caption').text()).toBe('Enrolments by Sex');
    expect(texts(table.findAll('thead th'))).toEqual(['Sex', 'Enrolments', 'People']);
    expect(texts(table.findAll('tbody tr')[0]?.findAll('td') ?? [])).toEqual(['1,250', '1,100']);
    expect(table.findAll('tbody tr')[1]?.findAll('.visually-hidden')).toHaveLength(2);
    expect(texts(table.findAll('tfoot td'))).toEqual(['1,300', '1,103']);
  });
});
