import type { EntityManager } from '@mikro-orm/postgresql';
import type { Institution, User } from '@parity/identity';
import {
  Course,
  CourseAuthor,
  CourseModule,
  CourseVersion,
  CourseVisibility,
  Lesson,
  VersionStatus,
} from '@parity/curriculum';

export interface CourseFixture {
  course: Course;
  version: CourseVersion;
  module: CourseModule;
  lesson: Lesson;
}

/** A course with one draft (or published) version, one module and one lesson, written directly. */
export async function givenCourse(
  em: EntityManager,
  options: { institution: Institution; author: User; visibility?: CourseVisibility; published?: boolean },
): Promise<CourseFixture> {
  const course = new Course({
    ownerInstitution: options.institution,
    createdById: options.author.id,
    defaultLocale: 'en',
    visibility: options.visibility ?? CourseVisibility.INSTITUTION,
  });
  const version = new CourseVersion(
    course,
    1,
    options.author.id,
    { en: 'Gender in the security sector' },
    {},
  );
  const module = new CourseModule(version, 0, { en: 'Module one' }, {});
  const lesson = new Lesson(module, 0, { title: { en: 'Lesson one' }, body: { en: '<p>Text</p>' } });
  if (options.published) {
    version.status = VersionStatus.PUBLISHED;
    version.locales = ['en'];
    version.publishedAt = new Date();
    course.publishedVersionId = version.id;
  }
  em.persist([course, version, module, lesson, new CourseAuthor(course, options.author)]);
  await em.flush();
  return { course, version, module, lesson };
}
