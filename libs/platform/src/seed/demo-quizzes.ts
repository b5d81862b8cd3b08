import type { EntityManager } from '@mikro-orm/postgresql';
import type { User } from '@parity/identity';
import {
  assembleQuizzes,
  CountingRule,
  CourseVisibility,
  Question,
  QuestionBank,
  questionSchema,
  Quiz,
  QuizItem,
  QuizKind,
  RevealPolicy,
  type CourseModule,
  type QuizContent,
} from '@parity/curriculum';
import { parseInput } from '@parity/shared/errors';
import { DEMO_BANK_NAME, DEMO_QUESTIONS } from './demo-questions';

const title = (en: string, sr: string, mk: string) => ({ en, 'sr-Latn': sr, mk });

/**
 * The demo bank (ten questions of mixed types) and a paired pre-test (first module) and post-test (last module)
 * drawing the same knowledge: the pre-test fixed, the post-test at random from the bank's WPS category.
 */
export function seedDemoQuizzes(
  em: EntityManager,
  author: User,
  first: CourseModule,
  last: CourseModule,
): Map<string, QuizContent[]> {
  const bank = new QuestionBank({
    ownerInstitution: author.institution,
    createdById: author.id,
    name: { ...DEMO_BANK_NAME },
    visibility: CourseVisibility.REGIONAL,
    categories: ['wps', 'gender', 'attitudes'],
  });
  em.persist(bank);
  const questions = new Map<string, Question>();
  for (const { key, input } of DEMO_QUESTIONS) {
    const question = new Question(bank, parseInput(questionSchema, input));
    questions.set(key, question);
    em.persist(question);
  }
  const settings = {
    passingScore: 0,
    attemptsAllowed: 1,
    countingRule: CountingRule.HIGHEST,
    timeLimitSeconds: 15 * 60,
    shuffleQuestions: true,
    shuffleChoices: true,
    feedbackPolicy: RevealPolicy.AFTER_LAST_ATTEMPT,
    answersPolicy: RevealPolicy.AFTER_LAST_ATTEMPT,
  };
  const pre = new Quiz(first, 0, {
    ...settings,
    title: title('Before you start', 'Pre nego što počnete', 'Пред да започнете'),
    kind: QuizKind.PRE_TEST,
  });
  const post = new Quiz(last, 0, {
    ...settings,
    passingScore: 70,
    attemptsAllowed: 3,
    title: title('What you have learned', 'Šta ste naučili', 'Што научивте'),
    kind: QuizKind.POST_TEST,
  });
  pre.pairedQuizId = post.id;
  post.pairedQuizId = pre.id;
  const fixed = ['year', 'pillars', 'gender-not-sex', 'mainstreaming', 'match'].map((key, position) => {
    const question = questions.get(key);
    if (!question) throw new Error(`Demo question ${key} is missing`);
    return new QuizItem(pre, position, {
      questionId: question.id,
      bankId: bank.id,
      category: null,
      count: null,
    });
  });
  const draws = [
    new QuizItem(post, 0, { questionId: null, bankId: bank.id, category: 'wps', count: 3 }),
    new QuizItem(post, 1, { questionId: null, bankId: bank.id, category: 'gender', count: 2 }),
  ];
  em.persist([pre, post, ...fixed, ...draws]);
  const data = [...questions.values()].map((question) => question.toData());
  const [preContent, postContent] = assembleQuizzes([pre, post], [...fixed, ...draws], data);
  return new Map([
    [first.id, preContent ? [preContent] : []],
    [last.id, postContent ? [postContent] : []],
  ]);
}
