import type { CourseModule, Lesson, Quiz } from '@parity/curriculum';

/** A published version's outline in order: its modules, each with its lessons and quizzes. */
export interface VersionOutline {
  versionId: string;
  modules: { module: CourseModule; lessons: Lesson[]; quizzes: Quiz[] }[];
  /** Every lesson of the version, in reading order (module by module). */
  lessons: Lesson[];
  quizzes: Quiz[];
}
