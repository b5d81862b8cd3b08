import type { Whose } from '@parity/identity';
import {
  CountingRule,
  CourseVisibility,
  Quiz,
  QuizKind,
  RevealPolicy,
  type CourseModule,
} from '@parity/curriculum';
import { givenBank, type BankFixture } from '@parity/shared/testing';
import { byError, unique, type Probe, type Target } from './probes';
import type { ApiClient } from '../../support/test-app';

/** Banks and courses have no unit: "whose" is own (creator / co-author), institution (owner) or other (shared). */
const OWNED: readonly Whose[] = ['own', 'institution', 'other'];
const T = (text: string) => [{ locale: 'en', text }];

const banks = new WeakMap<Target, Promise<BankFixture>>();

/**
 * The bank of a target's "whose", built once per target: "own" is created by the caller in another institution;
 * "institution" belongs to the caller's institution; "other" is shared (regional) by another institution.
 */
function bankOf(t: Target): Promise<BankFixture> {
  let bank = banks.get(t);
  if (!bank) {
    const own = t.course.course.createdById === t.user.id;
    bank = givenBank(t.em(), {
      institution: own ? t.course.course.ownerInstitution : t.institution,
      author: t.user,
      visibility: own ? CourseVisibility.INSTITUTION : t.course.course.visibility,
    });
    banks.set(t, bank);
  }
  return bank;
}

const onBank = (query: string, variables: (b: BankFixture) => Record<string, unknown>): Probe => ({
  whose: OWNED,
  run: async (c: ApiClient, t: Target) => byError(await c.gql(query, variables(await bankOf(t)))),
});

async function freshQuiz(t: Target): Promise<Quiz> {
  const em = t.em();
  const quiz = new Quiz(em.getReference('CourseModule', t.course.module.id) as CourseModule, 99, {
    title: { en: 'Fresh quiz' },
    kind: QuizKind.GRADED,
    passingScore: 50,
    attemptsAllowed: null,
    countingRule: CountingRule.HIGHEST,
    timeLimitSeconds: null,
    shuffleQuestions: false,
    shuffleChoices: false,
    feedbackPolicy: RevealPolicy.AFTER_EACH_ATTEMPT,
    answersPolicy: RevealPolicy.NEVER,
  });
  await em.persistAndFlush(quiz);
  return quiz;
}

const onQuiz = (query: string): Probe => ({
  whose: OWNED,
  run: async (c: ApiClient, t: Target) => byError(await c.gql(query, { id: (await freshQuiz(t)).id })),
});

const QUESTION = `{ type: SINGLE_CHOICE, prompt: [{ locale: "en", text: "Probe?" }], choices: [
  { text: [{ locale: "en", text: "Yes" }], correct: true }, { text: [{ locale: "en", text: "No" }] }] }`;
const QUESTION_AT_REV = `{ expectedRev: 1, type: SINGLE_CHOICE, prompt: [{ locale: "en", text: "Probe?" }], choices: [
  { text: [{ locale: "en", text: "Yes" }], correct: true }, { text: [{ locale: "en", text: "No" }] }] }`;
const QUIZ = `{ title: [{ locale: "en", text: "Probe" }], kind: GRADED, passingScore: 60 }`;

export const QUIZ_PROBES: Record<string, Probe> = {
  createQuestionBank: {
    whose: ['institution', 'other'],
    run: async (c, t) =>
      byError(
        await c.gql(
          `mutation($input: CreateQuestionBankInput!) { createQuestionBank(input: $input) { id } }`,
          { input: { institutionId: t.institution.id, name: T(`Probe ${unique()}`) } },
        ),
      ),
  },
  questionBanks: {
    whose: OWNED,
    run: async (c, t) => {
      const { bank } = await bankOf(t);
      const result = await c.gql<{ questionBanks: { nodes: { id: string }[] } }>(
        `{ questionBanks(first: 100) { nodes { id } } }`,
      );
      if (byError(result) === 'denied') return 'denied';
      return result.data?.questionBanks.nodes.some((node) => node.id === bank.id) ? 'allowed' : 'denied';
    },
  },
  questionBank: onBank(`query($id: ID!) { questionBank(id: $id) { id questions { id } } }`, (b) => ({
    id: b.bank.id,
  })),
  updateQuestionBank: onBank(
    `mutation($id: ID!) { updateQuestionBank(id: $id, input: { expectedRev: 1, categories: ["basics", "probe"] }) { id } }`,
    (b) => ({ id: b.bank.id }),
  ),
  addQuestion: onBank(`mutation($id: ID!) { addQuestion(bankId: $id, input: ${QUESTION}) { id } }`, (b) => ({
    id: b.bank.id,
  })),
  updateQuestion: onBank(
    `mutation($id: ID!) { updateQuestion(id: $id, input: ${QUESTION_AT_REV}) { id } }`,
    (b) => ({ id: b.question.id }),
  ),
  deleteQuestion: {
    whose: OWNED,
    run: async (c, t) => {
      const { bank } = await bankOf(t);
      const extra = await givenBank(t.em(), {
        institution: bank.ownerInstitution,
        author: t.user,
        visibility: bank.visibility,
      });
      return byError(
        await c.gql(`mutation($id: ID!) { deleteQuestion(id: $id, expectedRev: 1) }`, {
          id: extra.question.id,
        }),
      );
    },
  },
  addQuiz: {
    whose: OWNED,
    run: async (c, t) =>
      byError(
        await c.gql(`mutation($id: ID!) { addQuiz(moduleId: $id, input: ${QUIZ}) { id } }`, {
          id: t.course.module.id,
        }),
      ),
  },
  updateQuiz: onQuiz(
    `mutation($id: ID!) { updateQuiz(id: $id, input: { expectedRev: 1, title: [{ locale: "en", text: "P" }], kind: SURVEY }) { id } }`,
  ),
  deleteQuiz: onQuiz(`mutation($id: ID!) { deleteQuiz(id: $id) }`),
  setQuizItems: onQuiz(`mutation($id: ID!) { setQuizItems(id: $id, expectedRev: 1, items: []) { id } }`),
};
