import type {
  RankGroup,
  ReportDimension,
  ReportMeasure,
  Sex,
  StaffCategory,
} from '../../graphql/reports.generated';

/** How a measure's value reads: a count of things, a percentage, a number of days or of score points. */
export type MeasureKind = 'count' | 'percent' | 'days' | 'points';

/**
 * The measures the dashboard offers, in the order of its select, with how each value is formatted. Labels are
 * `reports.measures.<MEASURE>`. This is the one place to list a measure: one the schema adds fails to compile
 * until it has its line here.
 */
export const MEASURE_KINDS = {
  COMPLETION_RATE: 'percent',
  ENROLMENTS: 'count',
  COMPLETIONS: 'count',
  ON_TIME_COMPLETION_RATE: 'percent',
  OVERDUE: 'count',
  DAYS_TO_COMPLETE: 'days',
  QUIZ_PASS_RATE: 'percent',
  QUIZ_AVERAGE_BEST_SCORE: 'percent',
  KNOWLEDGE_GAIN: 'points',
  CERTIFICATES_ISSUED: 'count',
  CERTIFICATES_VALID: 'count',
  CERTIFICATES_EXPIRED: 'count',
  COACHING_ENGAGEMENTS: 'count',
  COACHING_SESSIONS_HELD: 'count',
} as const satisfies Record<ReportMeasure, MeasureKind>;

export const MEASURES = Object.keys(MEASURE_KINDS) as ReportMeasure[];
export const DEFAULT_MEASURE: ReportMeasure = 'COMPLETION_RATE';

/** Every dimension, in the order of the row and column selects (labels: `reports.dimensions.<DIMENSION>`). */
const DIMENSION_ORDER = {
  SEX: 1,
  STAFF_CATEGORY: 2,
  RANK_GROUP: 3,
  INSTITUTION: 4,
  UNIT: 5,
  COUNTRY: 6,
  COURSE: 7,
  LANGUAGE: 8,
  YEAR: 9,
  QUARTER: 10,
  MONTH: 11,
} as const satisfies Record<ReportDimension, number>;

export const DIMENSIONS = Object.keys(DIMENSION_ORDER) as ReportDimension[];
export const DEFAULT_ROWS: ReportDimension = 'SEX';

/**
 * Measures of facts that belong to no course (coaching): the server refuses the COURSE dimension and a course filter
 * for them, so the dashboard neither offers nor sends either.
 */
export const COURSELESS: ReadonlySet<ReportMeasure> = new Set<ReportMeasure>([
  'COACHING_ENGAGEMENTS',
  'COACHING_SESSIONS_HELD',
]);

/** The dimensions a measure can be broken down by, in the selects' order. */
export function dimensionsFor(measure: ReportMeasure): ReportDimension[] {
  return COURSELESS.has(measure) ? DIMENSIONS.filter((dimension) => dimension !== 'COURSE') : DIMENSIONS;
}

/** Filter values in the order people read them (labels: the main bundle's `sex.*`, `staffCategory.*`, `rank.*`). */
export const SEXES = ['FEMALE', 'MALE'] as const satisfies readonly Sex[];
export const STAFF_CATEGORIES = ['MILITARY', 'CIVILIAN'] as const satisfies readonly StaffCategory[];
export const RANK_GROUPS = [
  'GENERAL_OFFICER',
  'SENIOR_OFFICER',
  'JUNIOR_OFFICER',
  'NCO',
  'ENLISTED',
] as const satisfies readonly RankGroup[];

export function isMeasure(value: string): value is ReportMeasure {
  return Object.hasOwn(MEASURE_KINDS, value);
}

export function isDimension(value: string): value is ReportDimension {
  return Object.hasOwn(DIMENSION_ORDER, value);
}
