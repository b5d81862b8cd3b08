import type { EntityManager } from '@mikro-orm/postgresql';
import type { Institution, User } from '@parity/identity';
import {
  CountingRule,
  Course,
  CourseAuthor,
  CourseModule,
  CourseVersion,
  CourseVisibility,
  Lesson,
  Quiz,
  QuizKind,
  RevealPolicy,
  VersionStatus,
  type TranslatedText,
} from '@parity/curriculum';

export interface PublishedCourseFixture {
  course: Course;
  version: CourseVersion;
  modules: CourseModule[];
  /** Every lesson, in reading order. */
  lessons: Lesson[];
  quizzes: Quiz[];
}

export interface PublishedCourseOptions {
  institution: Institution;
  author: User;
  visibility?: CourseVisibility;
  title?: TranslatedText;
  locales?: string[];
  tags?: string[];
  estimatedMinutes?: number | null;
  selfEnrolment?: boolean;
  completionMinimumMinutes?: number | null;
  modules?: number;
  lessonsPerModule?: number;
  /** Quizzes of the last module, by kind (a PRE_TEST and a POST_TEST are paired). */
  quizzes?: QuizKind[];
}

/** A course with a published version (modules, lessons, optional quizzes), written directly. */
export async function givenPublishedCourse(
  em: EntityManager,
  options: PublishedCourseOptions,
): Promise<PublishedCourseFixture> {
  const course = new Course({
    ownerInstitution: options.institution,
    createdById: options.author.id,
    defaultLocale: 'en',
    visibility: options.visibility ?? CourseVisibility.INSTITUTION,
    tags: options.tags ?? [],
    estimatedMinutes: options.estimatedMinutes ?? null,
  });
  course.selfEnrolment = options.selfEnrolment ?? true;
  course.completionMinimumMinutes = options.completionMinimumMinutes ?? null;
  const version = new CourseVersion(
    course,
    1,
    options.author.id,
    options.title ?? { en: 'Gender perspectives in operations' },
    { en: 'Why gender matters in planning.' },
  );
  version.status = VersionStatus.PUBLISHED;
  version.locales = options.locales ?? ['en'];
  version.publishedAt = new Date();
  course.publishedVersionId = version.id;
  const modules: CourseModule[] = [];
  const lessons: Lesson[] = [];
  for (let m = 0; m < (options.modules ?? 1); m++) {
    const module = new CourseModule(version, m, { en: `Module ${m + 1}` }, {});
    modules.push(module);
    for (let l = 0; l < (options.lessonsPerModule ?? 1); l++) {
      lessons.push(
        new Lesson(module, l, {
          title: { en: `Lesson ${m + 1}.${l + 1}` },
          body: { en: `<p>Text of lesson ${m + 1}.${l + 1}</p>` },
          estimatedMinutes: 5,
        }),
      );
    }
  }
  const last = modules.at(-1) as CourseModule;
  const quizzes = (options.quizzes ?? []).map(
    (kind, position) =>
      new Quiz(last, position, {
        title: { en: `Quiz ${position + 1}` },
        kind,
        passingScore: kind === QuizKind.SURVEY ? null : 70,
        attemptsAllowed: 2,
        countingRule: CountingRule.HIGHEST,
        timeLimitSeconds: null,
        shuffleQuestions: false,
        shuffleChoices: false,
        feedbackPolicy: RevealPolicy.AFTER_EACH_ATTEMPT,
        answersPolicy: RevealPolicy.AFTER_LAST_ATTEMPT,
      }),
  );
  const pre = quizzes.find((quiz) => quiz.kind === QuizKind.PRE_TEST);
  const post = quizzes.find((quiz) => quiz.kind === QuizKind.POST_TEST);
  if (pre && post) {
    pre.pairedQuizId = post.id;
    post.pairedQuizId = pre.id;
  }
  em.persist([course, version, ...modules, ...lessons, ...quizzes, new CourseAuthor(course, options.author)]);
  await em.flush();
  return { course, version, modules, lessons, quizzes };
}
