import { ReportDimension } from './report-dimension.enum';

/** The learner's unit (`ru`), institution (`ri`) and country (`rc`), joined to every report's learners `u`. */
export const LEARNER_JOINS = `left join unit ru on ru.id = u.unit_id
    join institution ri on ri.id = u.institution_id
    join country rc on rc.id = ri.country_id
    cross join unit_base`;

/** Dimensions that belong to the fact (its course, its date); the others belong to the learner. */
export const FACT_DIMENSIONS: ReadonlySet<ReportDimension> = new Set([
  ReportDimension.COURSE,
  ReportDimension.MONTH,
  ReportDimension.QUARTER,
  ReportDimension.YEAR,
]);

/**
 * What a fact dimension groups facts by, cheaply (a uuid, a truncated UTC timestamp); dimensionKey turns it into the
 * key (text) once the facts are folded.
 */
export function factGrouping(dimension: ReportDimension, date: string, course: string): string {
  if (dimension === ReportDimension.COURSE) return course;
  return `date_trunc('${dimension}', ${date} at time zone 'UTC')`;
}

/**
 * The SQL key (text) of each dimension: fact dimensions from their folded grouping (`date` and `course` are the
 * column holding factGrouping), learner dimensions from `u` with LEARNER_JOINS. UNIT is the first segment of the learner's unit path below the
 * breakdown's parent (`unit_base.path`, '/' for top-level units).
 */
export function dimensionKey(dimension: ReportDimension, date: string, course: string): string {
  switch (dimension) {
    case ReportDimension.SEX:
      return 'u.sex::text';
    case ReportDimension.STAFF_CATEGORY:
      return 'u.staff_category::text';
    case ReportDimension.RANK_GROUP:
      return 'u.rank::text';
    case ReportDimension.INSTITUTION:
      return 'u.institution_id::text';
    case ReportDimension.UNIT:
      return `nullif(split_part(substr(ru.path, length(unit_base.path) + 1), '/', 1), '')`;
    case ReportDimension.COUNTRY:
      return 'rc.code';
    case ReportDimension.COURSE:
      return `${course}::text`;
    case ReportDimension.MONTH:
      return `to_char(${date}, 'YYYY-MM')`;
    case ReportDimension.QUARTER:
      return `to_char(${date}, 'YYYY-"Q"Q')`;
    case ReportDimension.YEAR:
      return `to_char(${date}, 'YYYY')`;
    case ReportDimension.LANGUAGE:
      return 'u.locale';
    default: {
      const unknown: never = dimension;
      throw new Error(`Unknown dimension ${String(unknown)}`);
    }
  }
}
