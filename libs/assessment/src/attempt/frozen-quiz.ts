import type { EntityManager } from '@mikro-orm/postgresql';
import { CourseVersion, frozenQuiz, type QuizSnapshot } from '@parity/curriculum';
import { notFound } from '@parity/shared/errors';

/** The quiz as frozen in a version's published snapshot, or NOT_FOUND. */
export async function loadFrozenQuiz(
  em: EntityManager,
  versionId: string,
  quizId: string,
): Promise<QuizSnapshot> {
  const version = await em.findOne(CourseVersion, versionId, { populate: ['snapshot'] });
  const quiz = frozenQuiz(version?.snapshot ?? null, quizId);
  if (!quiz) throw notFound('Quiz');
  return quiz;
}
