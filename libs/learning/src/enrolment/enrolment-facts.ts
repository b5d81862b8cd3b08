import type { EntityManager } from '@mikro-orm/postgresql';
import type { LoaderRegistry } from '@parity/shared/database';
import { loadOutline } from '../content/version-outline.loader';
import { loadLessonProgress, loadQuizOutcomes } from '../progress/progress-loaders';
import type { Enrolment } from './enrolment.entity';
import type { EnrolmentFacts } from './enrolment-view';

/** An enrolment's outline and rows through the request's loaders: fixed queries for any number of modules. */
export async function loadEnrolmentFacts(
  loaders: LoaderRegistry,
  em: EntityManager,
  enrolment: Enrolment,
): Promise<EnrolmentFacts> {
  const [outline, progress, outcomes] = await Promise.all([
    loadOutline(loaders, em, enrolment.version.id),
    loadLessonProgress(loaders, em, enrolment.id),
    loadQuizOutcomes(loaders, em, enrolment.id),
  ]);
  return { enrolmentId: enrolment.id, lastLessonId: enrolment.lastLessonId, outline, progress, outcomes };
}
