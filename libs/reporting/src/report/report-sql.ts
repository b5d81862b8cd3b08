import { dimensionKey, FACT_DIMENSIONS, factGrouping, LEARNER_JOINS } from './dimension-sql';
import { MEASURE_SQL } from './measure-sql';
import { pgArray, SqlConditions } from './sql-conditions';
import { groupingSets } from './grouping-sets';
import type { ReportDimension } from './report-dimension.enum';
import type { ReportMeasure } from './report-measure.enum';

/** A validated, authorised report query: every list is final (the institution scope already applied). */
export interface ReportPlan {
  measure: ReportMeasure;
  dimensions: readonly ReportDimension[];
  /** null: every institution (platform admins); otherwise the only institutions counted. */
  institutionIds: readonly string[] | null;
  sexes: readonly string[];
  staffCategories: readonly string[];
  rankGroups: readonly string[];
  unitIds: readonly string[];
  countryCodes: readonly string[];
  courseIds: readonly string[];
  locales: readonly string[];
  quizIds: readonly string[];
  from: Date | null;
  to: Date | null;
  /** The UNIT dimension's parent ('/' for top-level units). */
  unitBasePath: string;
  now: Date;
}

/** One aggregate: keys (null in a margin, or for "not recorded"), grouping flags (1: margin), people, value. */
export interface AggregateRow {
  k1: string | null;
  k2: string | null;
  g1: number;
  g2: number;
  people: number;
  value: number | null;
}

interface Sql {
  sql: string;
  params: unknown[];
}

/**
 * One statement for the whole table, in four steps:
 * 1. the measure's facts under the fact filters (course, quiz, date range), folded to one row per person and fact
 *    key (course, period) — the big step, over fact rows only;
 * 2. the people joined once per folded row, with the learner filters (institution scope, sex, rank, unit, …) and
 *    learner dimensions;
 * 3. the cells, totals and grand total that keep every fact dimension counted straight from those rows with GROUPING
 *    SETS (a person is one row there; with learner dimensions only, that is the whole table);
 * 4. the others (totals across periods or courses) through one row per person first (GROUPING SETS with the
 *    person), then counted — each person once at every level.
 * Every step is a hash aggregate (no DISTINCT), so the cost stays close to one pass over the facts.
 */
export function reportSql(plan: ReportPlan): Sql {
  const source = MEASURE_SQL[plan.measure];
  const facts = new SqlConditions();
  for (const condition of source.where) facts.add(condition);
  facts.any(source.course, plan.courseIds, 'uuid');
  if (source.quiz) facts.any(source.quiz, plan.quizIds, 'uuid');
  if (plan.from) facts.add(`${source.date} >= ?`, plan.from);
  if (plan.to) facts.add(`${source.date} < ?`, plan.to);

  const learners = new SqlConditions();
  if (plan.institutionIds) learners.any('u.institution_id', plan.institutionIds, 'uuid');
  learners.any('u.sex::text', plan.sexes);
  learners.any('u.staff_category::text', plan.staffCategories);
  learners.any('u.rank::text', plan.rankGroups);
  learners.any('u.locale', plan.locales);
  learners.any('rc.code', plan.countryCodes);
  if (plan.unitIds.length > 0) {
    learners.add(
      `exists (select 1 from unit scope where scope.id = any(?::uuid[]) and ru.path like scope.path || '%')`,
      pgArray(plan.unitIds),
    );
  }
  if (plan.unitBasePath !== '/') learners.add(`ru.path like unit_base.path || '%'`);

  const [first, second] = plan.dimensions;
  const factKey = (dimension: ReportDimension | undefined): string =>
    dimension && FACT_DIMENSIONS.has(dimension)
      ? factGrouping(dimension, source.date, source.course)
      : 'null::text';
  const learnerKey = (dimension: ReportDimension | undefined, folded: string): string =>
    dimension ? dimensionKey(dimension, folded, folded) : 'null::text';
  const { direct, perPerson } = groupingSets(plan.dimensions);
  const figures = `count(*)::int as people, (${source.value})::float8 as value`;
  const parts = [
    `select ${direct.keys}, ${figures}
  from facts
  group by grouping sets (${direct.sets})
  having count(*) > 0`,
  ];
  if (perPerson) {
    parts.push(`select k1, k2, g1, g2, ${figures}
  from (
    select ${perPerson.keys}, sum(num) as num, sum(den) as den, sum(sx) as sx, sum(cx) as cx
    from facts
    group by grouping sets (${perPerson.sets})
  ) people
  group by g1, g2, k1, k2`);
  }
  const sql = `with clock as (select ?::timestamptz as now), unit_base as (select ?::text as path),
  folded as (
    select ${source.person} as user_id, ${factKey(first)} as fk1, ${factKey(second)} as fk2,
      sum(${source.num})::numeric as num, sum(${source.den})::numeric as den,
      sum(${source.x})::numeric as sx, count(${source.x})::numeric as cx
    from ${source.from}
    ${facts.where()}
    group by 1, 2, 3
  ),
  facts as (
    select u.id as person_id, ${learnerKey(first, 'p.fk1')} as k1, ${learnerKey(second, 'p.fk2')} as k2,
      p.num, p.den, p.sx, p.cx
    from folded p join user_account u on u.id = p.user_id
    ${LEARNER_JOINS}
    ${learners.where()}
  )
  ${parts.join('\n  union all\n  ')}`;
  return { sql, params: [plan.now, plan.unitBasePath, ...facts.params, ...learners.params] };
}
