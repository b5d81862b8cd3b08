import { QuizKind } from '@parity/curriculum';
import { scoreAttempt } from './score-attempt';

const graded = { kind: QuizKind.GRADED, passingScore: 60 };

describe('scoring an attempt', () => {
  it('gives the score in percent of points and compares it with the passing score', () => {
    expect(
      scoreAttempt(
        [
          { earnedPoints: 2, maxPoints: 2, correct: true },
          { earnedPoints: 0.5, maxPoints: 1, correct: false },
          { earnedPoints: 0, maxPoints: 1, correct: false },
        ],
        graded,
      ),
    ).toEqual({ points: 2.5, maxPoints: 4, score: 62.5, passed: true });
  });

  it('passes at exactly the passing score and fails below it', () => {
    const grades = [
      { earnedPoints: 3, maxPoints: 5, correct: false },
      { earnedPoints: 0, maxPoints: 0, correct: null },
    ];
    expect(scoreAttempt(grades, graded).passed).toBe(true);
    expect(scoreAttempt(grades, { ...graded, passingScore: 61 }).passed).toBe(false);
  });

  it('leaves Likert questions out of the score (0 of 0)', () => {
    const grades = [
      { earnedPoints: 1, maxPoints: 1, correct: true },
      { earnedPoints: 0, maxPoints: 0, correct: null },
    ];
    expect(scoreAttempt(grades, graded)).toEqual({ points: 1, maxPoints: 1, score: 100, passed: true });
  });

  it('gives a survey no score and no pass or fail', () => {
    expect(
      scoreAttempt([{ earnedPoints: 0, maxPoints: 0, correct: null }], {
        kind: QuizKind.SURVEY,
        passingScore: null,
      }),
    ).toEqual({ points: 0, maxPoints: 0, score: null, passed: null });
  });

  it('has no pass or fail without a passing score, but still a score', () => {
    expect(
      scoreAttempt([{ earnedPoints: 1, maxPoints: 2, correct: false }], {
        kind: QuizKind.PRE_TEST,
        passingScore: null,
      }),
    ).toEqual({ points: 1, maxPoints: 2, score: 50, passed: null });
  });
});
