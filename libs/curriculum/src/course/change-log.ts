import type { EntityManager } from '@mikro-orm/postgresql';
import { CourseChange } from './course-change.entity';
import type { Course } from './course.entity';

/** Adds an entry to the course's change log in the caller's unit of work. */
export function logChange(
  em: EntityManager,
  course: Course,
  actorId: string,
  action: string,
  versionId: string | null = null,
  detail?: Record<string, unknown>,
): void {
  em.persist(new CourseChange(course, { actorId, action, versionId, ...(detail ? { detail } : {}) }));
}
