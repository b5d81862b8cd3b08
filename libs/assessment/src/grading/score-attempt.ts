import { QuizKind } from '@parity/curriculum';
import type { AttemptGrade } from '../attempt/quiz-attempt.entity';
import type { QuestionGrade } from './question-grade';

const round = (value: number, places: number): number => {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
};

/**
 * The attempt's grade from its questions' grades: score in percent of points (null for a survey, or when nothing
 * is graded); passed against the passing score (null without one).
 */
export function scoreAttempt(
  grades: QuestionGrade[],
  quiz: { kind: QuizKind; passingScore: number | null },
): AttemptGrade {
  const points = round(
    grades.reduce((sum, grade) => sum + grade.earnedPoints, 0),
    4,
  );
  const maxPoints = round(
    grades.reduce((sum, grade) => sum + grade.maxPoints, 0),
    4,
  );
  const score =
    quiz.kind === QuizKind.SURVEY || maxPoints === 0 ? null : round((points / maxPoints) * 100, 2);
  const passed = score === null || quiz.passingScore === null ? null : score >= quiz.passingScore;
  return { points, maxPoints, score, passed };
}
