import type { EntityManager } from '@mikro-orm/postgresql';
import { CourseModule, Lesson, Quiz } from '@parity/curriculum';
import type { LoaderRegistry } from '@parity/shared/database';
import type { VersionOutline } from './version-outline';

/** Outlines of several versions in three queries (modules, then lessons and quizzes), however big they are. */
export async function fetchOutlines(
  em: EntityManager,
  versionIds: readonly string[],
): Promise<VersionOutline[]> {
  const modules = await em.find(
    CourseModule,
    { version: { $in: [...versionIds] } },
    { orderBy: { position: 'asc', id: 'asc' } },
  );
  const moduleIds = modules.map((module) => module.id);
  const [lessons, quizzes] = moduleIds.length
    ? await Promise.all([
        em.find(Lesson, { module: { $in: moduleIds } }, { orderBy: { position: 'asc', id: 'asc' } }),
        em.find(Quiz, { module: { $in: moduleIds } }, { orderBy: { position: 'asc', id: 'asc' } }),
      ])
    : [[], []];
  return versionIds.map((versionId) => {
    const own = modules
      .filter((module) => module.version.id === versionId)
      .map((module) => ({
        module,
        lessons: lessons.filter((lesson) => lesson.module.id === module.id),
        quizzes: quizzes.filter((quiz) => quiz.module.id === module.id),
      }));
    return {
      versionId,
      modules: own,
      lessons: own.flatMap((entry) => entry.lessons),
      quizzes: own.flatMap((entry) => entry.quizzes),
    };
  });
}

/** The per-request loader of published outlines (published versions never change, so caching is safe). */
export function loadOutline(
  loaders: LoaderRegistry,
  em: EntityManager,
  versionId: string,
): Promise<VersionOutline> {
  return loaders
    .get<string, VersionOutline>('Learning.outline', (ids) => fetchOutlines(em, ids))
    .load(versionId);
}
