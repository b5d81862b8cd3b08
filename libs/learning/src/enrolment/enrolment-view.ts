import { QuizKind, type Locale, type Quiz } from '@parity/curriculum';
import type { VersionOutline } from '../content/version-outline';
import type { CourseProgressType } from '../dto/course-progress.type';
import type { KnowledgeGainType } from '../dto/knowledge-gain.type';
import type { OutlineModuleType } from '../dto/outline-module.type';
import type { OutlineQuizType } from '../dto/outline-quiz.type';
import { localize } from '../locale/localize';
import type { LessonProgress } from '../progress/lesson-progress.entity';
import type { QuizOutcome } from '../progress/quiz-outcome.entity';

/** What an enrolment's page is computed from: the version's outline and the learner's rows (no queries here). */
export interface EnrolmentFacts {
  enrolmentId: string;
  lastLessonId: string | null;
  outline: VersionOutline;
  progress: LessonProgress[];
  outcomes: QuizOutcome[];
}

/** Graded quizzes and post-tests must be passed for completion. */
export const isRequired = (quiz: Quiz): boolean =>
  quiz.kind === QuizKind.GRADED || quiz.kind === QuizKind.POST_TEST;

const percentOf = (done: number, total: number): number => (total ? Math.floor((done * 100) / total) : 0);

function byLesson(facts: EnrolmentFacts): Map<string, LessonProgress> {
  return new Map(facts.progress.map((row) => [row.lesson.id, row]));
}

function byQuiz(facts: EnrolmentFacts): Map<string, QuizOutcome> {
  return new Map(facts.outcomes.map((row) => [row.quizId, row]));
}

export function courseProgress(facts: EnrolmentFacts, completed: boolean): CourseProgressType {
  const lessons = byLesson(facts);
  const outcomes = byQuiz(facts);
  const lessonsTotal = facts.outline.lessons.length;
  const lessonsCompleted = facts.outline.lessons.filter(
    (lesson) => lessons.get(lesson.id)?.completedAt,
  ).length;
  const required = facts.outline.quizzes.filter(isRequired);
  const quizzesPassed = required.filter((quiz) => outcomes.get(quiz.id)?.passed).length;
  const total = lessonsTotal + required.length;
  return {
    lessonsCompleted,
    lessonsTotal,
    quizzesPassed,
    quizzesRequired: required.length,
    percent: completed ? 100 : percentOf(lessonsCompleted + quizzesPassed, total),
    secondsSpent: facts.outline.lessons.reduce(
      (sum, lesson) => sum + (lessons.get(lesson.id)?.secondsSpent ?? 0),
      0,
    ),
  };
}

export function quizStanding(
  enrolmentId: string,
  quiz: Quiz,
  outcome: QuizOutcome | undefined,
  locale: Locale,
): OutlineQuizType {
  const used = outcome?.attemptsUsed ?? 0;
  const allowed = quiz.attemptsAllowed;
  return {
    id: quiz.id,
    title: localize(quiz.title, locale),
    kind: quiz.kind,
    required: isRequired(quiz),
    timeLimitSeconds: quiz.timeLimitSeconds,
    attemptsAllowed: allowed,
    attemptsUsed: used,
    attemptsLeft: allowed === null ? null : Math.max(0, allowed + (outcome?.extraAttempts ?? 0) - used),
    passingScore: quiz.passingScore,
    bestScore: outcome?.score ?? null,
    passed: outcome?.passed ?? false,
    enrolmentId,
  };
}

export function outlineModules(facts: EnrolmentFacts, locale: Locale): OutlineModuleType[] {
  const lessons = byLesson(facts);
  const outcomes = byQuiz(facts);
  return facts.outline.modules.map(({ module, lessons: moduleLessons, quizzes }) => {
    const done = moduleLessons.filter((lesson) => lessons.get(lesson.id)?.completedAt).length;
    const required = quizzes.filter(isRequired);
    const passed = required.filter((quiz) => outcomes.get(quiz.id)?.passed).length;
    return {
      id: module.id,
      title: localize(module.title, locale),
      lessons: moduleLessons.map((lesson) => ({
        id: lesson.id,
        title: localize(lesson.title, locale),
        estimatedMinutes: lesson.estimatedMinutes,
        completed: Boolean(lessons.get(lesson.id)?.completedAt),
        started: lessons.has(lesson.id),
      })),
      quizzes: quizzes.map((quiz) => quizStanding(facts.enrolmentId, quiz, outcomes.get(quiz.id), locale)),
      progressPercent: percentOf(done + passed, moduleLessons.length + required.length),
    };
  });
}

/** The last lesson opened while it is not completed; else the next lesson not completed (after it, then from the start). */
export function continueLessonId(facts: EnrolmentFacts): string | null {
  const lessons = byLesson(facts);
  const order = facts.outline.lessons;
  const open = (index: number): boolean => !lessons.get(order[index]?.id ?? '')?.completedAt;
  const last = order.findIndex((lesson) => lesson.id === facts.lastLessonId);
  const candidates = [...order.keys()];
  const start = last < 0 ? 0 : last;
  const next = [...candidates.slice(start), ...candidates.slice(0, start)].find(open);
  return next === undefined ? null : (order[next]?.id ?? null);
}

/** One entry per pre/post pair of the version (a pre-test and the post-test it is paired with). */
export function knowledgeGains(facts: EnrolmentFacts): KnowledgeGainType[] {
  const outcomes = byQuiz(facts);
  const ids = new Set(facts.outline.quizzes.map((quiz) => quiz.id));
  return facts.outline.quizzes
    .filter((quiz) => quiz.kind === QuizKind.PRE_TEST && quiz.pairedQuizId && ids.has(quiz.pairedQuizId))
    .map((pre) => {
      const postQuizId = pre.pairedQuizId as string;
      const preScore = outcomes.get(pre.id)?.score ?? null;
      const postScore = outcomes.get(postQuizId)?.score ?? null;
      return {
        preQuizId: pre.id,
        postQuizId,
        preScore,
        postScore,
        gain: preScore === null || postScore === null ? null : postScore - preScore,
      };
    });
}
