import type { EntityManager } from '@mikro-orm/postgresql';
import {
  CountingRule,
  Course,
  CourseAuthor,
  CourseModule,
  CourseVersion,
  Lesson,
  Quiz,
  QuizKind,
  RevealPolicy,
  VersionStatus,
  type QuestionData,
  type QuizSettings,
  type QuizSnapshot,
} from '@parity/curriculum';
import type { Institution, User } from '@parity/identity';
import { Enrolment, EnrolmentSource } from '@parity/learning';

export interface QuizSpec {
  settings?: Partial<QuizSettings>;
  questions: QuestionData[];
  /** Pairs this quiz with the quiz at that index (pre-/post-test). */
  pairedWith?: number;
}

export interface QuizCourseFixture {
  course: Course;
  version: CourseVersion;
  quizzes: Quiz[];
  enrolments: Enrolment[];
}

const DEFAULTS: QuizSettings = {
  title: { en: 'Check your knowledge' },
  kind: QuizKind.GRADED,
  passingScore: 60,
  attemptsAllowed: null,
  countingRule: CountingRule.HIGHEST,
  timeLimitSeconds: null,
  shuffleQuestions: false,
  shuffleChoices: false,
  feedbackPolicy: RevealPolicy.AFTER_EACH_ATTEMPT,
  answersPolicy: RevealPolicy.AFTER_EACH_ATTEMPT,
};

/**
 * For API tests: a published course whose one module has a lesson and the given quizzes (each question a fixed item),
 * frozen in the version's snapshot as publication does, and an active enrolment for each learner. Written directly.
 */
export async function givenQuizCourse(
  em: EntityManager,
  options: { institution: Institution; author: User; learners: User[]; quizzes: QuizSpec[] },
): Promise<QuizCourseFixture> {
  const course = new Course({
    ownerInstitution: options.institution,
    createdById: options.author.id,
    defaultLocale: 'en',
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
  const quizzes = options.quizzes.map(
    (spec, position) => new Quiz(module, position, { ...DEFAULTS, ...spec.settings }),
  );
  options.quizzes.forEach((spec, index) => {
    const partner = spec.pairedWith === undefined ? undefined : quizzes[spec.pairedWith];
    if (partner) (quizzes[index] as Quiz).pairedQuizId = partner.id;
  });
  const frozen: QuizSnapshot[] = quizzes.map((quiz, index) => {
    const { questions } = options.quizzes[index] as QuizSpec;
    return {
      id: quiz.id,
      ...quiz.settings(),
      pairedQuizId: quiz.pairedQuizId,
      items: questions.map((question) => ({
        questionId: question.id,
        bankId: question.bankId,
        category: null,
        count: null,
        questionIds: [question.id],
      })),
      questions,
    };
  });
  version.status = VersionStatus.PUBLISHED;
  version.locales = ['en'];
  version.publishedAt = new Date();
  version.snapshot = {
    modules: [
      {
        title: module.title,
        summary: {},
        lessons: [{ title: lesson.title, body: lesson.body }],
        quizzes: frozen,
      },
    ],
  };
  course.publishedVersionId = version.id;
  const enrolments = options.learners.map((learner) => new Enrolment(learner, version, EnrolmentSource.SELF));
  em.persist([
    course,
    version,
    module,
    lesson,
    ...quizzes,
    new CourseAuthor(course, options.author),
    ...enrolments,
  ]);
  await em.flush();
  return { course, version, quizzes, enrolments };
}
