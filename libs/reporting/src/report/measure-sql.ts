import { ReportMeasure } from './report-measure.enum';

/** Where a measure's facts come from: one row per fact `f`, with the person's id in `person`. */
export interface FactSource {
  /** FROM … (the fact is `f`; the person is joined later, from `person`). */
  from: string;
  /** The id of the person a fact is about (the learner; the coachee). */
  person: string;
  /** Extra conditions of the measure (AND-ed). */
  where: string[];
  /** The fact's date for the period dimension and the date range. */
  date: string;
  /** The fact's course (null::uuid when a fact has none: the COURSE dimension and filter do not apply). */
  course: string;
  /** The fact's quiz, for the quizIds filter (quiz measures only; null: the filter does not apply). */
  quiz: string | null;
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
  person: 'f.user_id',
  quiz: null,
  where: [NOT_WITHDRAWN],
  date: 'f.created_at',
  course: 'f.course_id',
  value: COUNT,
  num: '1',
  den: '1',
  x: 'null::numeric',
  ...overrides,
});

/**
 * Best submitted attempt per learner and quiz (graded quizzes and post-tests), with the date of the last one. The
 * course is the quiz's (an attempt's quiz is always of its enrolment's version), so no enrolment is joined.
 */
const BEST_ATTEMPTS = `(select a.user_id, a.quiz_id, q.course_id, max(a.score) as best,
    coalesce(bool_or(a.passed), false) as passed, max(a.submitted_at) as at
  from quiz_attempt a
  join (select q.id, v.course_id from quiz q join course_module m on m.id = q.module_id
    join course_version v on v.id = m.version_id where q.kind in ('graded', 'post_test')) q on q.id = a.quiz_id
  where a.status = 'submitted' and a.score is not null
  group by a.user_id, a.quiz_id, q.course_id) f`;

/**
 * Pre- and post-test counted scores of the same enrolment (paired quizzes), both present: the outcomes of paired
 * quizzes grouped by enrolment and pair in one pass (a self-join of quiz_outcome made the planner look each pair's
 * enrolment up by index, 150,000 times on the benchmark data), then their enrolments joined once by hash.
 */
const GAIN_PAIRS = `(select e.user_id, e.course_id, e.created_at, p.post - p.pre as gain
  from (select o.enrolment_id, max(o.score) filter (where q.pre) as pre, max(o.score) filter (where not q.pre) as post
    from quiz_outcome o
    join (select id as quiz_id, id as pair, true as pre from quiz where kind = 'pre_test' and paired_quiz_id is not null
      union all
      select paired_quiz_id, id, false from quiz where kind = 'pre_test' and paired_quiz_id is not null) q
      on q.quiz_id = o.quiz_id
    where o.score is not null
    group by o.enrolment_id, q.pair) p
  join enrolment e on e.id = p.enrolment_id
  where p.pre is not null and p.post is not null and e.status <> 'withdrawn') f`;

const certificateFacts = (where: string[]): FactSource => ({
  from: `certificate f`,
  person: 'f.user_id',
  quiz: null,
  where,
  date: 'f.issued_at',
  course: 'f.course_id',
  value: COUNT,
  num: '1',
  den: '1',
  x: 'null::numeric',
});

/** The course of facts that have none (coaching): the COURSE dimension and filter are refused for them. */
export const NO_COURSE = 'null::uuid';

const coachingFacts = (source: Pick<FactSource, 'from' | 'person' | 'where' | 'date'>): FactSource => ({
  ...source,
  course: NO_COURSE,
  quiz: null,
  value: COUNT,
  num: '1',
  den: '1',
  x: 'null::numeric',
});

/** The current certificate of a chain: not replaced by a re-issue. */
const CURRENT = `not exists (select 1 from certificate r where r.reissue_of_id = f.id)`;

/** The facts of each measure; `clock.now` is the report's clock (bound once). A new measure adds its source here. */
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
    person: 'f.user_id',
    quiz: 'f.quiz_id',
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
    person: 'f.user_id',
    quiz: 'f.quiz_id',
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
    person: 'f.user_id',
    quiz: null,
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
  // Active once both accepted (the coachee's confirmation or the coach's acceptance, whichever came second); an
  // engagement declined or ended while proposed never had both.
  [ReportMeasure.COACHING_ENGAGEMENTS]: coachingFacts({
    from: `coaching_engagement f`,
    person: 'f.coachee_id',
    where: ['f.coach_accepted_at is not null', 'f.coachee_confirmed_at is not null'],
    date: 'greatest(f.coach_accepted_at, f.coachee_confirmed_at)',
  }),
  [ReportMeasure.COACHING_SESSIONS_HELD]: coachingFacts({
    from: `coaching_session f join coaching_engagement ce on ce.id = f.engagement_id`,
    person: 'ce.coachee_id',
    where: [`f.state = 'held'`],
    date: 'f.starts_at',
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
  [ReportMeasure.COACHING_ENGAGEMENTS]: 'count',
  [ReportMeasure.COACHING_SESSIONS_HELD]: 'count',
};
