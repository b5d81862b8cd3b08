import type { EntityManager } from '@mikro-orm/postgresql';
import { loadManyBy } from '@parity/identity';
import type { LoaderRegistry } from '@parity/shared/database';
import { LessonProgress } from './lesson-progress.entity';
import { QuizOutcome } from './quiz-outcome.entity';

/** An enrolment's lesson progress rows, batched per request (one query for every enrolment on the page). */
export function loadLessonProgress(
  loaders: LoaderRegistry,
  em: EntityManager,
  enrolmentId: string,
): Promise<LessonProgress[]> {
  return loadManyBy(
    loaders,
    'Learning.lessonProgress',
    enrolmentId,
    (ids) => em.find(LessonProgress, { enrolment: { $in: [...ids] } }),
    (row) => row.enrolment.id,
  );
}

/** An enrolment's quiz outcomes, batched per request. */
export function loadQuizOutcomes(
  loaders: LoaderRegistry,
  em: EntityManager,
  enrolmentId: string,
): Promise<QuizOutcome[]> {
  return loadManyBy(
    loaders,
    'Learning.quizOutcomes',
    enrolmentId,
    (ids) => em.find(QuizOutcome, { enrolment: { $in: [...ids] } }),
    (row) => row.enrolment.id,
  );
}
