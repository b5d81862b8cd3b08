import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { User } from '@parity/identity';
import { Enrolment, EnrolmentSource, LessonProgress, LessonVisit } from '@parity/learning';
import type { DemoCourse } from './demo-course';

const DAY = 86_400_000;

/**
 * The demo learner's learning: enrolled (self) in the demo course with its first lessons completed and the next one
 * started, so "continue where you left off" has somewhere to go; and any other demo course assigned as mandatory
 * with a due date in three weeks.
 */
export function seedDemoLearning(
  em: EntityManager,
  learner: User,
  demo: DemoCourse,
  options: { assigner: User; assigned?: DemoCourse[]; completedLessons?: number },
): void {
  const now = Date.now();
  const enrolment = new Enrolment(learner, demo.version, EnrolmentSource.SELF);
  enrolment.createdAt = new Date(now - 6 * DAY);
  const done = demo.lessons.slice(0, options.completedLessons ?? 2);
  const next = demo.lessons[done.length];
  done.forEach((lesson, index) => {
    const progress = new LessonProgress(enrolment, lesson);
    const seconds = 300 + index * 120;
    progress.startedAt = new Date(now - (5 - index) * DAY);
    progress.completedAt = new Date(now - (5 - index) * DAY + seconds * 1000);
    progress.secondsSpent = seconds;
    em.persist([progress, new LessonVisit(randomUUID(), enrolment, lesson.id, seconds)]);
  });
  if (next) {
    const started = new LessonProgress(enrolment, next);
    started.secondsSpent = 90;
    em.persist([started, new LessonVisit(randomUUID(), enrolment, next.id, 90)]);
  }
  enrolment.lastLessonId = next?.id ?? done.at(-1)?.id ?? null;
  enrolment.lastActivityAt = new Date(now - DAY);
  em.persist(enrolment);
  for (const other of options.assigned ?? []) {
    const assigned = new Enrolment(learner, other.version, EnrolmentSource.ASSIGNED);
    assigned.mandatory = true;
    assigned.dueAt = new Date(now + 21 * DAY);
    assigned.assignedById = options.assigner.id;
    em.persist(assigned);
  }
}
