import { describe, expect, it } from 'vitest';
import {
  exportHref,
  fitToMeasure,
  readReportQuery,
  reportInput,
  writeReportQuery,
  type ReportView,
} from './report-query';

const MOD = '0b8c6f0e-3c1a-4e7b-9a57-2f1d3c4b5a69';
const ARMY = '5d7e9f10-1a2b-4c3d-8e4f-6a7b8c9d0e1f';
const COURSE = 'c0ffee00-0000-4000-8000-000000000001';
const OTHER_COURSE = 'c0ffee00-0000-4000-8000-000000000002';

const shared: ReportView = {
  measure: 'COMPLETION_RATE',
  rows: 'SEX',
  columns: 'INSTITUTION',
  sexes: ['FEMALE'],
  staffCategories: ['MILITARY', 'CIVILIAN'],
  rankGroups: ['NCO'],
  institutionIds: [MOD],
  courseIds: [COURSE],
  from: '2025-01-01',
  to: '2025-12-31',
};

/** The URL as the router hands it back: every value a string. */
const asUrl = (view: ReportView) =>
  Object.fromEntries(
    Object.entries(writeReportQuery(view)).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );

describe('the report view in the URL', () => {
  it('starts with the completion rate by sex when the URL says nothing', () => {
    expect(readReportQuery({})).toEqual({
      measure: 'COMPLETION_RATE',
      rows: 'SEX',
      columns: null,
      sexes: [],
      staffCategories: [],
      rankGroups: [],
      institutionIds: [],
      courseIds: [],
      from: '',
      to: '',
    });
  });

  it('reproduces a shared view exactly from its URL', () => {
    const url = asUrl(shared);
    expect(url).toEqual({
      measure: 'COMPLETION_RATE',
      rows: 'SEX',
      columns: 'INSTITUTION',
      sexes: 'FEMALE',
      staffCategories: 'MILITARY,CIVILIAN',
      rankGroups: 'NCO',
      institutionIds: MOD,
      courseIds: COURSE,
      from: '2025-01-01',
      to: '2025-12-31',
    });
    expect(readReportQuery(url)).toEqual(shared);
  });

  it('leaves empty filters and a missing column dimension out of the URL', () => {
    const view = { ...readReportQuery({}), measure: 'ENROLMENTS' as const };
    expect(asUrl(view)).toEqual({ measure: 'ENROLMENTS', rows: 'SEX' });
  });

  it('ignores unknown, malformed and repeated values instead of failing', () => {
    const view = readReportQuery({
      measure: 'DROP TABLE',
      rows: 'SHOE_SIZE',
      columns: 'sex',
      sexes: ['female,OTHER', 'female', ''],
      rankGroups: 'nco,,general_officer',
      institutionIds: `${MOD},not-an-id,${MOD}`,
      courseIds: "1' OR '1'='1",
      from: '2025-02-30',
      to: 'yesterday',
    });
    expect(view).toEqual({
      ...readReportQuery({}),
      sexes: ['FEMALE'],
      rankGroups: ['NCO', 'GENERAL_OFFICER'],
      institutionIds: [MOD],
    });
  });

  it('never shows the same dimension as rows and columns', () => {
    expect(readReportQuery({ rows: 'COURSE', columns: 'COURSE' })).toMatchObject({
      rows: 'COURSE',
      columns: null,
    });
  });

  it('keeps one institution and one course, as the page picks one of each', () => {
    const view = readReportQuery({
      institutionIds: `not-an-id,${ARMY},${MOD}`,
      courseIds: [COURSE, OTHER_COURSE],
    });
    expect(view).toMatchObject({ institutionIds: [ARMY], courseIds: [COURSE] });
    expect(reportInput(view, 'en').filters).toMatchObject({ institutionIds: [ARMY], courseIds: [COURSE] });
  });

  it('drops the course breakdown and filter of a coaching measure, which has no course', () => {
    expect(
      readReportQuery({
        measure: 'COACHING_ENGAGEMENTS',
        rows: 'COURSE',
        columns: 'SEX',
        courseIds: COURSE,
      }),
    ).toMatchObject({ measure: 'COACHING_ENGAGEMENTS', rows: 'SEX', columns: null, courseIds: [] });
    expect(
      readReportQuery({ measure: 'coaching_sessions_held', rows: 'RANK_GROUP', columns: 'COURSE' }),
    ).toMatchObject({ rows: 'RANK_GROUP', columns: null, courseIds: [] });
    expect(readReportQuery({ measure: 'ENROLMENTS', rows: 'COURSE', courseIds: COURSE })).toMatchObject({
      rows: 'COURSE',
      courseIds: [COURSE],
    });
  });

  it('drops an end date before the start date', () => {
    expect(readReportQuery({ from: '2025-06-01', to: '2025-05-31' })).toMatchObject({
      from: '2025-06-01',
      to: '',
    });
  });
});

describe('a view fitted to its measure', () => {
  it('loses the course when the measure changes to one without courses', () => {
    const byCourse: ReportView = { ...shared, rows: 'COURSE', columns: 'SEX' };
    expect(fitToMeasure({ ...byCourse, measure: 'COACHING_SESSIONS_HELD' })).toEqual({
      ...byCourse,
      measure: 'COACHING_SESSIONS_HELD',
      rows: 'SEX',
      columns: null,
      courseIds: [],
    });
    expect(fitToMeasure({ ...shared, measure: 'COACHING_ENGAGEMENTS' })).toEqual({
      ...shared,
      measure: 'COACHING_ENGAGEMENTS',
      courseIds: [],
    });
  });

  it('keeps the course for a measure counted per course', () => {
    const byCourse: ReportView = { ...shared, measure: 'ENROLMENTS', rows: 'COURSE' };
    expect(fitToMeasure(byCourse)).toBe(byCourse);
  });
});

describe('the report input of a view', () => {
  it('asks for rows then columns, with the period ending after the last day shown', () => {
    expect(reportInput(shared, 'hr')).toEqual({
      measure: 'COMPLETION_RATE',
      dimensions: ['SEX', 'INSTITUTION'],
      locale: 'hr',
      filters: {
        sexes: ['FEMALE'],
        staffCategories: ['MILITARY', 'CIVILIAN'],
        rankGroups: ['NCO'],
        institutionIds: [MOD],
        courseIds: [COURSE],
        from: '2025-01-01T00:00:00.000Z',
        to: '2026-01-01T00:00:00.000Z',
      },
    });
  });

  it('has one dimension and no period without columns and dates', () => {
    const input = reportInput(readReportQuery({ measure: 'OVERDUE', rows: 'RANK_GROUP' }), 'en');
    expect(input.dimensions).toEqual(['RANK_GROUP']);
    expect(input.filters).toMatchObject({ from: null, to: null, sexes: [] });
  });

  it('builds download links with the same input, flattened, in the reader’s language', () => {
    const href = exportHref(shared, 'csv', 'sr-Cyrl');
    const [path, search] = href.split('?');
    expect(path).toBe('/reports/export.csv');
    expect(Object.fromEntries(new URLSearchParams(search))).toEqual({
      measure: 'COMPLETION_RATE',
      dimensions: 'SEX,INSTITUTION',
      sexes: 'FEMALE',
      staffCategories: 'MILITARY,CIVILIAN',
      rankGroups: 'NCO',
      institutionIds: MOD,
      courseIds: COURSE,
      from: '2025-01-01T00:00:00.000Z',
      to: '2026-01-01T00:00:00.000Z',
      locale: 'sr-Cyrl',
    });
    expect(exportHref(readReportQuery({}), 'xlsx', 'en')).toBe(
      '/reports/export.xlsx?measure=COMPLETION_RATE&dimensions=SEX&locale=en',
    );
    expect(exportHref(readReportQuery({}), 'pdf', 'mk')).toMatch(/^\/reports\/summary\.pdf\?/);
  });
});
