import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { QuestionData } from '../bank/question-data';
import { Question } from '../bank/question.entity';
import { QuizItem } from './quiz-item.entity';
import { Quiz } from './quiz.entity';

export interface QuizContent {
  quiz: Quiz;
  items: { item: QuizItem; questionIds: string[] }[];
  /** Every question the quiz can use: the fixed ones and each random draw's whole pool, without repeats. */
  questions: QuestionData[];
}

const inPool = (item: QuizItem, question: QuestionData): boolean =>
  item.questionId
    ? question.id === item.questionId && question.bankId === item.bankId
    : question.bankId === item.bankId && (item.category === null || question.category === item.category);

/** Questions of the given items (fixed ones and pools): one query however many items and banks. */
export async function loadItemQuestions(em: EntityManager, items: QuizItem[]): Promise<QuestionData[]> {
  const ids = items.flatMap((item) => (item.questionId ? [item.questionId] : []));
  const draws = new Map<string, FilterQuery<Question>>();
  for (const item of items) {
    if (item.questionId) continue;
    draws.set(
      `${item.bankId}/${item.category ?? ''}`,
      item.category === null ? { bank: item.bankId } : { bank: item.bankId, category: item.category },
    );
  }
  const or: FilterQuery<Question>[] = [...draws.values()];
  if (ids.length) or.push({ id: { $in: ids } });
  if (!or.length) return [];
  const rows = await em.find(Question, { $or: or }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  return rows.map((row) => row.toData());
}

/** Puts each quiz's items with the questions they can use. */
export function assembleQuizzes(
  quizzes: Quiz[],
  items: QuizItem[],
  questions: QuestionData[],
): QuizContent[] {
  return quizzes.map((quiz) => {
    const own = items.filter((item) => item.quiz.id === quiz.id);
    const used = new Map<string, QuestionData>();
    const withIds = own.map((item) => {
      const pool = questions.filter((question) => inPool(item, question));
      for (const question of pool) used.set(question.id, question);
      return { item, questionIds: pool.map((question) => question.id) };
    });
    return { quiz, items: withIds, questions: [...used.values()] };
  });
}

/** The quizzes of the given modules, in order, with their items and questions: three queries in all. */
export async function loadQuizContent(em: EntityManager, moduleIds: string[]): Promise<QuizContent[]> {
  if (!moduleIds.length) return [];
  const quizzes = await em.find(Quiz, { module: { $in: moduleIds } }, { orderBy: { position: 'asc' } });
  const items = quizzes.length
    ? await em.find(QuizItem, { quiz: { $in: quizzes.map((q) => q.id) } }, { orderBy: { position: 'asc' } })
    : [];
  return assembleQuizzes(quizzes, items, await loadItemQuestions(em, items));
}
