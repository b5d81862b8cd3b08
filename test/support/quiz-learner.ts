import { QuestionType, type QuestionData } from '@parity/curriculum';
import { Role, type Institution, type User } from '@parity/identity';
import { given, TEST_PASSWORD } from '@parity/shared/testing';
import {
  givenQuizCourse,
  type QuizCourseFixture,
  type QuizSpec,
} from '../../libs/assessment/src/testing/given-quiz-course';
import { questionFixture } from '../../libs/assessment/src/testing/question-fixture';
import { TestApp, type ApiClient } from './test-app';

/** A booted api with one institution and the trainer who authors every quiz course its tests create. */
export interface QuizWorld {
  t: TestApp;
  institution: Institution;
  author: User;
}

export interface QuizLearner {
  learner: User;
  /** Signed in as the learner. */
  client: ApiClient;
  enrolmentId: string;
  /** In the order the quizzes were given. */
  quizIds: string[];
  fixture: QuizCourseFixture;
}

export async function startQuizWorld(): Promise<QuizWorld> {
  const t = await TestApp.start();
  const g = given(t.em());
  const institution = await g.institution();
  const author = await g.user({ institution, roles: [Role.TRAINER] });
  return { t, institution, author };
}

/** A new learner of the world's institution, enrolled in a fresh published course with these quizzes, signed in. */
export async function givenQuizLearner(world: QuizWorld, quizzes: QuizSpec[]): Promise<QuizLearner> {
  const { t, institution, author } = world;
  const learner = await given(t.em()).user({ institution });
  const fixture = await givenQuizCourse(t.em(), { institution, author, learners: [learner], quizzes });
  const client = await t.client().signIn(learner.email, TEST_PASSWORD);
  return {
    learner,
    client,
    enrolmentId: fixture.enrolments[0]!.id,
    quizIds: fixture.quizzes.map((quiz) => quiz.id),
    fixture,
  };
}

/**
 * Two single-choice questions of one point each: "Right n" is correct, "Wrong n" is not; each has its prompt
 * ("Question n") and feedback ("General n", "Well done n", "Not quite n").
 */
export const twoQuestions = (): QuestionData[] =>
  [1, 2].map((n) =>
    questionFixture({
      type: QuestionType.SINGLE_CHOICE,
      prompt: { en: `<p>Question ${n}</p>` },
      choices: [
        { id: `right-${n}`, text: { en: `Right ${n}` }, correct: true },
        { id: `wrong-${n}`, text: { en: `Wrong ${n}` }, correct: false },
      ],
      feedback: {
        general: { en: `General ${n}` },
        correct: { en: `Well done ${n}` },
        incorrect: { en: `Not quite ${n}` },
      },
    }),
  );
