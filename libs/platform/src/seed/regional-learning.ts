import type { PlannedPerson } from './regional-people';
import type { RegionalRandom } from './regional-random';

const DAY = 86_400_000;
const MINUTE = 60_000;
/** Enrolments go back this far (18 months). */
export const HISTORY_DAYS = 540;
/** Scores are in steps of 5 (a 20-point quiz). */
export const MAX_POINTS = 20;

/** A published course version of the generated catalogue, with its paired pre- and post-test. */
export interface CatalogueCourse {
  courseId: string;
  versionId: string;
  ownerInstitutionId: string;
  preQuizId: string;
  postQuizId: string;
  prePassing: number | null;
  postPassing: number | null;
  postAttempts: number;
  validityMonths: number | null;
  popularity: number;
}

export interface PlannedEnrolment {
  id: string;
  userId: string;
  course: CatalogueCourse;
  createdAt: number;
  status: 'active' | 'completed' | 'withdrawn';
  source: 'self' | 'assigned';
  dueAt: number | null;
  completedAt: number | null;
  withdrawnAt: number | null;
  lastActivityAt: number | null;
}

export interface PlannedAttempt {
  id: string;
  enrolmentId: string;
  quizId: string;
  userId: string;
  number: number;
  startedAt: number;
  submittedAt: number;
  score: number;
  passed: boolean;
  locale: string;
}

/** A learner's standing in one quiz of an enrolment (best score, passed, attempts used), as the app keeps it. */
export interface PlannedOutcome {
  id: string;
  enrolmentId: string;
  quizId: string;
  score: number;
  passed: boolean;
  attemptsUsed: number;
  firstStartedAt: number;
  lastSubmittedAt: number;
}

export interface PlannedCertificate {
  id: string;
  enrolmentId: string;
  userId: string;
  course: CatalogueCourse;
  issuedAt: number;
  expiresAt: number | null;
  revokedAt: number | null;
  holderName: string;
  locale: string;
}

export interface PlannedLearning {
  enrolments: PlannedEnrolment[];
  attempts: PlannedAttempt[];
  outcomes: PlannedOutcome[];
  certificates: PlannedCertificate[];
}

/** What every learner's plan shares: the data set's "now", the catalogue, the random sequences (values, ids). */
export interface LearningContext {
  asOf: number;
  catalogue: CatalogueCourse[];
  random: RegionalRandom;
  ids: RegionalRandom;
}

/**
 * Enrolments per learner: pairs of learners get `perLearner ± r` (r at random), so the total is exactly
 * count × perLearner while individuals vary; never more than the catalogue holds.
 */
export function enrolmentCounts(
  count: number,
  perLearner: number,
  catalogueSize: number,
  random: RegionalRandom,
): number[] {
  if (perLearner < 1 || perLearner > catalogueSize)
    throw new Error(`enrolments per learner must be 1…${catalogueSize}: ${perLearner}`);
  const spread = Math.min(perLearner - 1, catalogueSize - perLearner);
  const counts: number[] = [];
  for (let n = 0; n < count; n += 2) {
    const r = random.int(-spread, spread);
    counts.push(perLearner + r);
    if (n + 1 < count) counts.push(perLearner - r);
  }
  return counts;
}

const clampScore = (score: number): number =>
  Math.min(100, Math.max(0, Math.round(score / (100 / MAX_POINTS)) * (100 / MAX_POINTS)));
const passes = (score: number, passing: number | null): boolean => passing === null || score >= passing;

/** Distinct courses for one learner, more popular courses more likely. */
function chooseCourses(catalogue: CatalogueCourse[], k: number, random: RegionalRandom): CatalogueCourse[] {
  const remaining = Object.fromEntries(catalogue.map((course, index) => [String(index), course.popularity]));
  const chosen: CatalogueCourse[] = [];
  for (let j = 0; j < k; j++) {
    const key = random.weighted(remaining);
    delete remaining[key];
    const course = catalogue[Number(key)];
    if (course) chosen.push(course);
  }
  return chosen;
}

/** How much more (or less) likely this person is to finish a course, by rank group. */
const RANK_FINISH: Record<string, number> = {
  general_officer: 0.02,
  senior_officer: 0.04,
  junior_officer: 0.03,
  nco: -0.02,
  enlisted: -0.06,
  civilian: 0.02,
};

/**
 * One learner's learning over the last 18 months. The model (documented figures, roughly):
 * - enrolled at a time spread over 18 months, more recently more often; 65 % assigned (mandatory, due 30–90 days
 *   later), 35 % self-enrolled (no due date);
 * - 93 % start (pre-test taken: mean 46, sd 17, officers +6, civilians +3); 3 % of starters withdraw;
 * - starters finish with probability ≈ 0.78 (+ personal engagement, + 0.03 for women, by rank group, + 0.06 when
 *   assigned), after 2 days + an exponential time (mean 20 days assigned, 28 self); those whose time is not up yet are
 *   still in progress;
 * - finishers take the post-test: pre-test + 26 on average (sd 12), retrying (+9) up to the quiz's attempts until
 *   they pass; completion is passing the post-test; a certificate follows (0.5 % later revoked, expiring after the
 *   course's validity when it has one).
 * Due dates make some active enrolments overdue and some completions late.
 */
export function planLearning(
  person: PlannedPerson,
  count: number,
  context: LearningContext,
  into: PlannedLearning,
): void {
  const { asOf, catalogue, random, ids } = context;
  const engagement = random.normal(0, 1);
  const officer = person.rank?.endsWith('officer') ?? false;
  const preMean = 46 + (officer ? 6 : 0) + (person.category === 'civilian' ? 3 : 0);
  const courses = chooseCourses(catalogue, count, random);
  for (const course of courses) {
    const id = ids.uuid();
    const createdAt = asOf - Math.pow(random.next(), 1.15) * HISTORY_DAYS * DAY - random.int(0, 600) * MINUTE;
    const assigned = random.chance(0.65);
    const dueAt = assigned ? createdAt + random.pick([30, 45, 60, 90]) * DAY : null;
    const enrolment: PlannedEnrolment = {
      id,
      userId: person.id,
      course,
      createdAt,
      status: 'active',
      source: assigned ? 'assigned' : 'self',
      dueAt,
      completedAt: null,
      withdrawnAt: null,
      lastActivityAt: null,
    };
    into.enrolments.push(enrolment);
    if (!random.chance(0.93)) continue; // never started
    const preAt = createdAt + random.int(5, 180) * MINUTE;
    if (preAt > asOf) continue;
    const pre = clampScore(random.normal(preMean, 17));
    const prePassed = passes(pre, course.prePassing);
    record(into, ids, [attempt(ids, enrolment, course.preQuizId, 1, preAt, pre, prePassed, person)]);
    enrolment.lastActivityAt = preAt + 12 * MINUTE;
    const duration = (2 + -Math.log(1 - random.next()) * (assigned ? 20 : 28)) * DAY;
    if (random.chance(0.03)) {
      enrolment.status = 'withdrawn';
      enrolment.withdrawnAt = Math.min(asOf, preAt + duration / 2);
      continue;
    }
    const finishChance =
      0.78 +
      0.08 * engagement +
      (person.sex === 'female' ? 0.03 : 0) +
      (RANK_FINISH[person.rank ?? 'civilian'] ?? 0) +
      (assigned ? 0.06 : -0.04);
    const finishes = random.chance(Math.min(0.97, Math.max(0.05, finishChance)));
    const finishAt = preAt + duration;
    if (!finishes || finishAt > asOf) {
      enrolment.lastActivityAt = Math.min(asOf - MINUTE, preAt + duration * random.next());
      continue;
    }
    const posts: PlannedAttempt[] = [];
    let score = clampScore(pre + random.normal(26, 12));
    for (let number = 1; number <= course.postAttempts; number++) {
      const startedAt = finishAt + (number - 1) * 2 * DAY;
      if (startedAt + 20 * MINUTE > asOf) break;
      if (number > 1) score = clampScore(score + Math.max(0, random.normal(9, 6)));
      const passed = passes(score, course.postPassing);
      posts.push(attempt(ids, enrolment, course.postQuizId, number, startedAt, score, passed, person));
      enrolment.lastActivityAt = startedAt + 15 * MINUTE;
      if (!passed) continue;
      enrolment.status = 'completed';
      enrolment.completedAt = enrolment.lastActivityAt;
      const issuedAt = enrolment.completedAt + 2 * MINUTE;
      into.certificates.push({
        id: ids.uuid(),
        enrolmentId: id,
        userId: person.id,
        course,
        issuedAt,
        expiresAt: course.validityMonths ? addMonths(issuedAt, course.validityMonths) : null,
        revokedAt: random.chance(0.005) ? Math.min(asOf, issuedAt + 30 * DAY) : null,
        holderName: person.displayName,
        locale: person.locale,
      });
      break;
    }
    record(into, ids, posts);
  }
}

/** The attempts at one quiz of an enrolment and the outcome they add up to (scores only rise: best = last). */
function record(into: PlannedLearning, ids: RegionalRandom, attempts: PlannedAttempt[]): void {
  const first = attempts[0];
  const last = attempts.at(-1);
  if (!first || !last) return;
  into.attempts.push(...attempts);
  into.outcomes.push({
    id: ids.uuid(),
    enrolmentId: first.enrolmentId,
    quizId: first.quizId,
    score: Math.max(...attempts.map((a) => a.score)),
    passed: attempts.some((a) => a.passed),
    attemptsUsed: attempts.length,
    firstStartedAt: first.startedAt,
    lastSubmittedAt: last.submittedAt,
  });
}

function attempt(
  ids: RegionalRandom,
  enrolment: PlannedEnrolment,
  quizId: string,
  number: number,
  startedAt: number,
  score: number,
  passed: boolean,
  person: PlannedPerson,
): PlannedAttempt {
  return {
    id: ids.uuid(),
    enrolmentId: enrolment.id,
    quizId,
    userId: person.id,
    number,
    startedAt,
    submittedAt: startedAt + (6 + (number % 3) * 3) * MINUTE,
    score,
    passed,
    locale: person.locale,
  };
}

function addMonths(at: number, months: number): number {
  const date = new Date(at);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.getTime();
}
