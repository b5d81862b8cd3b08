import { QuizKind, type Lesson, type Quiz } from '@parity/curriculum';
import type { LessonProgress } from '../progress/lesson-progress.entity';
import type { QuizOutcome } from '../progress/quiz-outcome.entity';
import { continueLessonId, courseProgress, knowledgeGains, type EnrolmentFacts } from './enrolment-view';

const lesson = (id: string) => ({ id }) as Lesson;
const quiz = (id: string, kind: QuizKind, pairedQuizId: string | null = null) =>
  ({ id, kind, pairedQuizId }) as Quiz;
const done = (id: string, seconds = 60) =>
  ({ lesson: { id }, completedAt: new Date(), secondsSpent: seconds }) as unknown as LessonProgress;
const opened = (id: string, seconds = 30) =>
  ({ lesson: { id }, completedAt: null, secondsSpent: seconds }) as unknown as LessonProgress;
const outcome = (quizId: string, score: number | null, passed: boolean) =>
  ({ quizId, score, passed }) as QuizOutcome;

function facts(overrides: Partial<EnrolmentFacts> = {}): EnrolmentFacts {
  const lessons = ['a', 'b', 'c'].map(lesson);
  const quizzes = [
    quiz('pre', QuizKind.PRE_TEST, 'post'),
    quiz('post', QuizKind.POST_TEST, 'pre'),
    quiz('s', QuizKind.SURVEY),
  ];
  return {
    enrolmentId: 'e',
    lastLessonId: null,
    outline: { versionId: 'v', modules: [], lessons, quizzes },
    progress: [],
    outcomes: [],
    ...overrides,
  };
}

describe('an enrolment page computed from its rows', () => {
  it('continues with the last lesson opened while it is open, else the next one not completed', () => {
    expect(continueLessonId(facts())).toBe('a');
    expect(continueLessonId(facts({ lastLessonId: 'b', progress: [opened('b')] }))).toBe('b');
    expect(continueLessonId(facts({ lastLessonId: 'b', progress: [done('b')] }))).toBe('c');
    expect(continueLessonId(facts({ lastLessonId: 'c', progress: [done('b'), done('c')] }))).toBe('a');
    expect(continueLessonId(facts({ progress: [done('a'), done('b'), done('c')] }))).toBeNull();
  });

  it('counts completed lessons and passed required quizzes (graded and post-tests) toward the percentage', () => {
    const progress = courseProgress(
      facts({
        progress: [done('a', 100), opened('b', 50)],
        outcomes: [outcome('pre', 30, false), outcome('post', 90, true)],
      }),
      false,
    );
    expect(progress).toEqual({
      lessonsCompleted: 1,
      lessonsTotal: 3,
      quizzesPassed: 1,
      quizzesRequired: 1,
      percent: 50,
      secondsSpent: 150,
    });
  });

  it('reports the gain of a pre/post pair only when both scores exist', () => {
    expect(knowledgeGains(facts({ outcomes: [outcome('pre', 30, false)] }))).toEqual([
      { preQuizId: 'pre', postQuizId: 'post', preScore: 30, postScore: null, gain: null },
    ]);
    expect(
      knowledgeGains(facts({ outcomes: [outcome('pre', 30, false), outcome('post', 80, true)] }))[0]?.gain,
    ).toBe(50);
  });
});
