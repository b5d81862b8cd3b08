import type { Course, CourseVersion } from '@parity/curriculum';

/** A catalogue course: the course with the version a learner reads (published, or the one they are enrolled in). */
export interface CatalogueEntry {
  id: string;
  tags: string[];
  estimatedMinutes: number | null;
  locales: string[];
  selfEnrolment: boolean;
  course: Course;
  version: CourseVersion;
}

export function catalogueEntry(course: Course, version: CourseVersion): CatalogueEntry {
  return {
    id: course.id,
    tags: course.tags,
    estimatedMinutes: course.estimatedMinutes,
    locales: version.locales,
    selfEnrolment: course.selfEnrolment,
    course,
    version,
  };
}
