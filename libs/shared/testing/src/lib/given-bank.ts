import type { EntityManager } from '@mikro-orm/postgresql';
import type { Institution, User } from '@parity/identity';
import {
  CourseVisibility,
  PartialCreditRule,
  Question,
  QuestionBank,
  QuestionType,
} from '@parity/curriculum';

export interface BankFixture {
  bank: QuestionBank;
  question: Question;
}

/** A question bank (category "basics") with one single-choice question, written directly. */
export async function givenBank(
  em: EntityManager,
  options: { institution: Institution; author: User; visibility?: CourseVisibility },
): Promise<BankFixture> {
  const bank = new QuestionBank({
    ownerInstitution: options.institution,
    createdById: options.author.id,
    name: { en: 'Gender concepts' },
    visibility: options.visibility ?? CourseVisibility.INSTITUTION,
    categories: ['basics'],
  });
  const question = new Question(bank, {
    category: 'basics',
    type: QuestionType.SINGLE_CHOICE,
    prompt: { en: '<p>What does UNSCR 1325 address?</p>' },
    choices: [
      { id: 'a', text: { en: 'Women, peace and security' }, correct: true },
      { id: 'b', text: { en: 'Maritime law' }, correct: false },
    ],
    acceptedAnswers: {},
    caseSensitive: false,
    diacriticSensitive: false,
    partialCredit: PartialCreditRule.NONE,
    feedback: { general: {}, correct: {}, incorrect: {} },
    points: 1,
  });
  em.persist([bank, question]);
  await em.flush();
  return { bank, question };
}
