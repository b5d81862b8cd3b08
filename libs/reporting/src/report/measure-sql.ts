import { ReportMeasure } from './report-measure.enum';

/** Where a measure's facts come from: one row per fact `f`, with the learner's id in `f.user_id`. */
export interface FactSource {
  /** FROM … (the fact is `f`; the learner is joined later, from `f.user_id`). */
  from: string;
  /** Extra conditions of the measure (AND-ed). */
  where: string[];
  /** The fact's date for the period dimension and the date range. */
  date: string;
  course: string;
  /**
   * Aggregate giving the cell's value, over per-person partial sums: `num`, `den` (sums of the facts' num and den)
   * and `sx`, `cx` (sum and count of the facts' x). Must decompose that way (counts, ratios of sums, means).
   */
  value: string;
  num: string;
  den: string;
  x: string;
}

const ENROLMENT_FROM = `enrolment f`;
const NOT_WITHDRAWN = `f.status <> 'withdrawn'`;
const COUNT = `sum(num)`;
const RATE = `round(100.0 * sum(num) / nullif(sum(den), 0), 2)`;
const AVERAGE = `round(sum(sx) / nullif(sum(cx), 0), 2)`;

const enrolmentFacts = (overrides: Partial<FactSource>): FactSource => ({
  from: ENROLMENT_FROM,
  where: [NOT_WITHDRAWN],
  date: 'f.created_at',
  course: 'f.course_id',
  value: COUNT,
  num: '1',
  den: '1',
  x: 'null::numeric',
  ...overrides,
});

/** Best submitted attempt per learner and quiz (graded quizzes and post-tests), with the date of the last one. */
const BEST_ATTEMPTS = `(select a.user_id, a.quiz_id, e.course_id, max(a.score) as best,
    coalesce(bool_or(a.passed), false) as passed, max(a.submitted_at) as at
  from quiz_attempt a join enrolment e on e.id = a.enrolment_id join quiz q on q.id = a.quiz_id
  where a.status = 'submitted' and q.kind in ('graded', 'post_test') and a.score is not null
  group by a.user_id, a.quiz_id, e.course_id) f`;

/** Pre- and post-test counted scores of the same enrolment (paired quizzes), both present. */
const GAIN_PAIRS = `(select e.user_id, e.course_id, e.created_at, post.score - pre.score as gain
  from quiz_outcome pre join quiz q on q.id = pre.quiz_id and q.kind = 'pre_test' and q.paired_quiz_id is not null
  join quiz_outcome post on post.enrolment_id = pre.enrolment_id and post.quiz_id = q.paired_quiz_id
  join enrolment e on e.id = pre.enrolment_id
  where pre.score is not null and post.score is not null and e.status <> 'withdrawn') f`;

const certificateFacts = (where: string[]): FactSource => ({
  from: `certificate f`,
  where,
  date: 'f.issued_at',
  course: 'f.course_id',
  value: COUNT,
  num: '1',
  den: '1',
  x: 'null::numeric',
});

/** The current certificate of a chain: not replaced by a re-issue. */
const CURRENT = `not exists (select 1 from certificate r where r.reissue_of_id = f.id)`;

/**
 * The facts of each measure; `clock.now` is the report's clock (bound once).
 * Extension point: coaching engagements and sessions held add their sources here (and to ReportMeasure).
 */
export const MEASURE_SQL: Record<ReportMeasure, FactSource> = {
  [ReportMeasure.ENROLMENTS]: enrolmentFacts({}),
  [ReportMeasure.COMPLETIONS]: enrolmentFacts({
    where: [`f.status = 'completed'`],
    date: 'f.completed_at',
  }),
  [ReportMeasure.COMPLETION_RATE]: enrolmentFacts({
    value: RATE,
    num: `case when f.status = 'completed' then 1 else 0 end`,
  }),
  [ReportMeasure.ON_TIME_COMPLETION_RATE]: enrolmentFacts({
    where: [NOT_WITHDRAWN, 'f.due_at is not null'],
    value: RATE,
    num: `case when f.status = 'completed' and f.completed_at <= f.due_at then 1 else 0 end`,
  }),
  [ReportMeasure.OVERDUE]: enrolmentFacts({
    where: [`f.status = 'active'`, 'f.due_at < (select clock.now from clock)'],
  }),
  [ReportMeasure.QUIZ_PASS_RATE]: {
    from: BEST_ATTEMPTS,
    where: [],
    date: 'f.at',
    course: 'f.course_id',
    value: RATE,
    num: 'case when f.passed then 1 else 0 end',
    den: '1',
    x: 'null::numeric',
  },
  [ReportMeasure.QUIZ_AVERAGE_BEST_SCORE]: {
    from: BEST_ATTEMPTS,
    where: [],
    date: 'f.at',
    course: 'f.course_id',
    value: AVERAGE,
    num: '1',
    den: '1',
    x: 'f.best',
  },
  [ReportMeasure.KNOWLEDGE_GAIN]: {
    from: GAIN_PAIRS,
    where: [],
    date: 'f.created_at',
    course: 'f.course_id',
    value: AVERAGE,
    num: '1',
    den: '1',
    x: 'f.gain',
  },
  [ReportMeasure.CERTIFICATES_ISSUED]: certificateFacts(['f.reissue_of_id is null']),
  [ReportMeasure.CERTIFICATES_VALID]: certificateFacts([
    CURRENT,
    'f.revoked_at is null',
    '(f.expires_at is null or f.expires_at > (select clock.now from clock))',
  ]),
  [ReportMeasure.CERTIFICATES_EXPIRED]: certificateFacts([
    CURRENT,
    'f.revoked_at is null',
    'f.expires_at <= (select clock.now from clock)',
  ]),
  [ReportMeasure.DAYS_TO_COMPLETE]: enrolmentFacts({
    where: [`f.status = 'completed'`, 'f.completed_at is not null'],
    date: 'f.completed_at',
    value: AVERAGE,
    x: 'extract(epoch from f.completed_at - f.created_at) / 86400',
  }),
};

/** Whether the measure's value is a count of facts (summable), a percentage, or an average. */
export const MEASURE_KIND: Record<ReportMeasure, 'count' | 'percent' | 'average'> = {
  [ReportMeasure.ENROLMENTS]: 'count',
  [ReportMeasure.COMPLETIONS]: 'count',
  [ReportMeasure.COMPLETION_RATE]: 'percent',
  [ReportMeasure.ON_TIME_COMPLETION_RATE]: 'percent',
  [ReportMeasure.OVERDUE]: 'count',
  [ReportMeasure.QUIZ_PASS_RATE]: 'percent',
  [ReportMeasure.QUIZ_AVERAGE_BEST_SCORE]: 'average',
  [ReportMeasure.KNOWLEDGE_GAIN]: 'average',
  [ReportMeasure.CERTIFICATES_ISSUED]: 'count',
  [ReportMeasure.CERTIFICATES_VALID]: 'count',
  [ReportMeasure.CERTIFICATES_EXPIRED]: 'count',
  [ReportMeasure.DAYS_TO_COMPLETE]: 'average',
};
