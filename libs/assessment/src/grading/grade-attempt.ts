import type { QuestionData, QuizSnapshot } from '@parity/curriculum';
import type { AnswerResponse } from '../attempt/answer-response';
import type { AttemptGrade } from '../attempt/quiz-attempt.entity';
import type { DrawnQuestion } from '../drawing/drawn-question';
import { gradeQuestion } from './grade-question';
import type { QuestionGrade } from './question-grade';
import { scoreAttempt } from './score-attempt';
import { toGradable } from './to-gradable';

export interface AttemptGrading {
  grade: AttemptGrade;
  /** Per drawn question key (unanswered questions included: they earn nothing). */
  questions: Map<string, QuestionGrade>;
}

/** Grades a whole attempt: every drawn question against the frozen quiz, with the answers saved (by key). */
export function gradeAttempt(
  quiz: QuizSnapshot,
  drawn: DrawnQuestion[],
  answers: ReadonlyMap<string, AnswerResponse>,
): AttemptGrading {
  const byId = new Map<string, QuestionData>(quiz.questions.map((question) => [question.id, question]));
  const questions = new Map<string, QuestionGrade>();
  for (const question of drawn) {
    const data = byId.get(question.questionId);
    if (!data) continue;
    questions.set(question.key, gradeQuestion(data, toGradable(question, answers.get(question.key) ?? null)));
  }
  return { grade: scoreAttempt([...questions.values()], quiz), questions };
}
