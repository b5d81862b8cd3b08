import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type {
  RankGroup,
  ReportDimension,
  ReportInput,
  ReportMeasure,
  Sex,
  StaffCategory,
} from '../../graphql/reports.generated';
import {
  COURSELESS,
  DEFAULT_MEASURE,
  DEFAULT_ROWS,
  RANK_GROUPS,
  SEXES,
  STAFF_CATEGORIES,
  isDimension,
  isMeasure,
} from './report-options';

/**
 * What the dashboard shows, as kept in the URL (`?measure=…&rows=…&columns=…&sexes=FEMALE,MALE&from=…`), so a view
 * can be reloaded or shared. `from` and `to` are calendar days, both included (the API's `to` is exclusive).
 */
export interface ReportView {
  measure: ReportMeasure;
  rows: ReportDimension;
  columns: ReportDimension | null;
  sexes: Sex[];
  staffCategories: StaffCategory[];
  rankGroups: RankGroup[];
  institutionIds: string[];
  courseIds: string[];
  from: string;
  to: string;
}

/** The dashboard picks one institution and one course (single selects): a longer list in a URL is cut to its first. */
const MAX_IDS = 1;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const first = (value: LocationQuery[string] | undefined): string =>
  ((Array.isArray(value) ? value[0] : value) ?? '').trim();

/** A list parameter, comma-separated or repeated; blanks and repeats dropped. */
function list(value: LocationQuery[string] | undefined): string[] {
  const raw = (Array.isArray(value) ? value : [value]).filter(
    (item): item is string => typeof item === 'string',
  );
  const items = raw.flatMap((item) => item.split(',')).map((item) => item.trim());
  return [...new Set(items.filter((item) => item !== ''))];
}

const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (values: string[]): T[] =>
    values
      .map((value) => value.toUpperCase())
      .filter((value): value is T => (allowed as readonly string[]).includes(value));

/** A real calendar day `YYYY-MM-DD`, else ''. */
function day(value: string): string {
  const match = DAY.exec(value);
  if (!match) return '';
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value ? value : '';
}

/**
 * The view as the server accepts it for its measure: a measure without courses (coaching) loses a COURSE breakdown
 * (rows go back to the default, columns to none) and the course filter.
 */
export function fitToMeasure(view: ReportView): ReportView {
  if (!COURSELESS.has(view.measure)) return view;
  const rows = view.rows === 'COURSE' ? DEFAULT_ROWS : view.rows;
  const columns = view.columns === 'COURSE' || view.columns === rows ? null : view.columns;
  return { ...view, rows, columns, courseIds: [] };
}

/**
 * Reads a view from the URL; unknown or malformed values are ignored (their defaults apply), and so is what the
 * measure cannot be broken down or filtered by.
 */
export function readReportQuery(query: LocationQuery): ReportView {
  const measure = first(query['measure']).toUpperCase();
  const rows = first(query['rows']).toUpperCase();
  const columns = first(query['columns']).toUpperCase();
  const view: ReportView = {
    measure: isMeasure(measure) ? measure : DEFAULT_MEASURE,
    rows: isDimension(rows) ? rows : DEFAULT_ROWS,
    columns: isDimension(columns) ? columns : null,
    sexes: oneOf(SEXES)(list(query['sexes'])),
    staffCategories: oneOf(STAFF_CATEGORIES)(list(query['staffCategories'])),
    rankGroups: oneOf(RANK_GROUPS)(list(query['rankGroups'])),
    institutionIds: list(query['institutionIds'])
      .filter((id) => UUID.test(id))
      .slice(0, MAX_IDS),
    courseIds: list(query['courseIds'])
      .filter((id) => UUID.test(id))
      .slice(0, MAX_IDS),
    from: day(first(query['from'])),
    to: day(first(query['to'])),
  };
  if (view.columns === view.rows) view.columns = null;
  if (view.from && view.to && view.to < view.from) view.to = '';
  return fitToMeasure(view);
}

const joined = (values: readonly string[]): string | undefined =>
  values.length ? values.join(',') : undefined;

/** The URL's query for a view; empty filters leave their parameter out. */
export function writeReportQuery(view: ReportView): LocationQueryRaw {
  return {
    measure: view.measure,
    rows: view.rows,
    columns: view.columns ?? undefined,
    sexes: joined(view.sexes),
    staffCategories: joined(view.staffCategories),
    rankGroups: joined(view.rankGroups),
    institutionIds: joined(view.institutionIds),
    courseIds: joined(view.courseIds),
    from: view.from || undefined,
    to: view.to || undefined,
  };
}

/** Midnight UTC starting a day (`to`: the day after, as the API's end is exclusive). */
function instant(value: string, dayAfter = false): string | null {
  if (!value) return null;
  const date = new Date(`${value}T00:00:00.000Z`);
  if (dayAfter) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString();
}

/** The `report` query's input for a view, labels in `locale`. */
export function reportInput(view: ReportView, locale: string): ReportInput {
  return {
    measure: view.measure,
    dimensions: view.columns ? [view.rows, view.columns] : [view.rows],
    locale,
    filters: {
      sexes: view.sexes,
      staffCategories: view.staffCategories,
      rankGroups: view.rankGroups,
      institutionIds: view.institutionIds,
      courseIds: view.courseIds,
      from: instant(view.from),
      to: instant(view.to, true),
    },
  };
}

/** The server's report downloads (same input as the page, flattened into the query string). */
export const EXPORT_PATHS = {
  csv: '/reports/export.csv',
  xlsx: '/reports/export.xlsx',
  pdf: '/reports/summary.pdf',
} as const;
export type ExportFormat = keyof typeof EXPORT_PATHS;

/** The address of a download of the report a view shows, labels in `locale`. */
export function exportHref(view: ReportView, format: ExportFormat, locale: string): string {
  const input = reportInput(view, locale);
  const params = new URLSearchParams({ measure: input.measure, dimensions: input.dimensions.join(',') });
  for (const [name, value] of Object.entries(input.filters ?? {})) {
    const text = Array.isArray(value) ? value.join(',') : value;
    if (typeof text === 'string' && text !== '') params.set(name, text);
  }
  params.set('locale', locale);
  return `${EXPORT_PATHS[format]}?${params.toString()}`;
}
