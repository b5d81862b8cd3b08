import type { EntityManager } from '@mikro-orm/postgresql';
import type { User } from '@parity/identity';
import {
  buildSnapshot,
  completeness,
  Course,
  CourseAuthor,
  CourseModule,
  CourseVersion,
  CourseVisibility,
  learnerTexts,
  Lesson,
  snapshotHash,
  VersionStatus,
  type VersionContent,
} from '@parity/curriculum';
import { DEMO_COURSE_SUMMARY, DEMO_COURSE_TITLE, DEMO_MODULES } from './demo-course-content';
import { seedDemoQuizzes } from './demo-quizzes';

/** The demo course with its published version and lessons in reading order (for the demo learner's progress). */
export interface DemoCourse {
  course: Course;
  version: CourseVersion;
  lessons: Lesson[];
}

/** The demo course, published (version 1) by one trainer and approved by another, shared regionally. */
export function seedDemoCourse(em: EntityManager, author: User, reviewer: User): DemoCourse {
  const course = new Course({
    ownerInstitution: author.institution,
    createdById: author.id,
    defaultLocale: 'en',
    visibility: CourseVisibility.REGIONAL,
    tags: ['unscr 1325', 'women peace and security', 'national action plan'],
    estimatedMinutes: 70,
  });
  const version = new CourseVersion(
    course,
    1,
    author.id,
    { ...DEMO_COURSE_TITLE },
    { ...DEMO_COURSE_SUMMARY },
  );
  const content: VersionContent = { version, modules: [] };
  const modules: CourseModule[] = [];
  DEMO_MODULES.forEach((spec, moduleIndex) => {
    const module = new CourseModule(version, moduleIndex, { ...spec.title }, { ...spec.summary });
    const lessons = spec.lessons.map(
      (lesson, lessonIndex) =>
        new Lesson(module, lessonIndex, {
          title: { ...lesson.title },
          body: { ...lesson.body },
          estimatedMinutes: lesson.minutes,
        }),
    );
    modules.push(module);
    content.modules.push({ module, lessons, quizzes: [] });
    em.persist([module, ...lessons]);
  });
  const first = modules[0];
  const last = modules.at(-1);
  if (first && last) {
    const quizzes = seedDemoQuizzes(em, author, first, last);
    for (const entry of content.modules) entry.quizzes = quizzes.get(entry.module.id) ?? [];
  }
  const locales = completeness(learnerTexts(content))
    .filter((row) => row.complete)
    .map((row) => row.locale);
  const snapshot = buildSnapshot(course, content, locales);
  const now = new Date();
  Object.assign(version, {
    status: VersionStatus.PUBLISHED,
    locales,
    submittedById: author.id,
    submittedAt: now,
    reviewedById: reviewer.id,
    reviewedAt: now,
    publishedAt: now,
    snapshot,
    snapshotHash: snapshotHash(snapshot),
  });
  course.publishedVersionId = version.id;
  em.persist([course, version, new CourseAuthor(course, author)]);
  return { course, version, lessons: content.modules.flatMap((entry) => entry.lessons) };
}
