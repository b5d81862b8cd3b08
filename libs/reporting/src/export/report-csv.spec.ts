import type { ReportType } from '../dto/report.type';
import { ReportDimension, ReportMeasure } from '../dto/report-enums';
import { reportCsv } from './report-csv';

const shown = (value: number, people = value) => ({ value, people, suppressed: false });
const hidden = { value: null, people: null, suppressed: true };

const report = (overrides: Partial<ReportType>): ReportType => ({
  measure: ReportMeasure.ENROLMENTS,
  measureLabel: 'Upisi',
  dimensions: [ReportDimension.SEX, ReportDimension.INSTITUTION],
  dimensionLabels: ['Spol', 'Institucija'],
  minCellSize: 5,
  locale: 'bs',
  columns: [
    { key: 'a', label: 'Ministarstvo, "A"' },
    { key: 'b', label: 'B' },
  ],
  rows: [
    { key: { key: 'female', label: 'Žene' }, cells: [hidden, hidden], total: shown(9) },
    { key: { key: 'male', label: 'Muškarci' }, cells: [hidden, hidden], total: shown(13) },
  ],
  columnTotals: [shown(12), shown(10)],
  grandTotal: shown(22),
  ...overrides,
});

describe('reportCsv', () => {
  it('writes a cross-table with a BOM, translated labels, quoted commas and "<5" for hidden cells', () => {
    expect(reportCsv(report({}))).toBe(
      '\uFEFFUpisi: Spol / Institucija,"Ministarstvo, ""A""",B,Ukupno\r\n' +
        'Žene,<5,<5,9\r\n' +
        'Muškarci,<5,<5,13\r\n' +
        'Ukupno,12,10,22\r\n',
    );
  });

  it('keeps labels from running as formulas in a spreadsheet, and negative figures as numbers', () => {
    const csv = reportCsv(
      report({
        columns: [
          { key: 'a', label: '=HYPERLINK("http://x.test","A")' },
          { key: 'b', label: '-B' },
        ],
        columnTotals: [shown(-2.5), shown(10)],
      }),
    );
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFUpisi: Spol / Institucija,"\'=HYPERLINK(""http://x.test"",""A"")",\'-B,Ukupno',
    );
    expect(csv.split('\r\n')[3]).toBe('Ukupno,-2.5,10,22');
  });

  it('writes one dimension as label, value and people, with the threshold the report used', () => {
    const csv = reportCsv(
      report({
        locale: 'en',
        dimensions: [ReportDimension.SEX],
        dimensionLabels: ['Sex'],
        measureLabel: 'Completion rate (%)',
        minCellSize: 10,
        columns: [],
        rows: [
          { key: { key: 'female', label: 'Women' }, cells: [], total: hidden },
          {
            key: { key: 'male', label: 'Men' },
            cells: [],
            total: { value: 86.67, people: 15, suppressed: false },
          },
        ],
        columnTotals: [],
        grandTotal: hidden,
      }),
    );
    expect(csv).toBe(
      '\uFEFFSex,Completion rate (%),People\r\nWomen,<10,<10\r\nMen,86.67,15\r\nTotal,<10,<10\r\n',
    );
  });
});
