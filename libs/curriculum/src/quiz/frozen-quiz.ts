import type { QuizSnapshot } from '../version/snapshot';

/** The frozen quiz of a published version's snapshot, by id. */
export function frozenQuiz(snapshot: Record<string, unknown> | null, quizId: string): QuizSnapshot | null {
  const modules = (snapshot?.['modules'] ?? []) as { quizzes?: QuizSnapshot[] }[];
  for (const module of modules) {
    const quiz = module.quizzes?.find((candidate) => candidate.id === quizId);
    if (quiz) return quiz;
  }
  return null;
}
