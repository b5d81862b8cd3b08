import { PartialCreditRule, QuestionType, type QuestionData } from '@parity/curriculum';

let next = 0;

/** A frozen question for unit specs: defaults for everything but what the spec is about. */
export function questionFixture(overrides: Partial<QuestionData> & { type: QuestionType }): QuestionData {
  next += 1;
  return {
    id: `question-${next}`,
    bankId: 'bank-1',
    category: null,
    prompt: { en: `Question ${next}` },
    choices: [],
    acceptedAnswers: {},
    caseSensitive: false,
    diacriticSensitive: false,
    partialCredit: PartialCreditRule.NONE,
    feedback: { general: {}, correct: {}, incorrect: {} },
    points: 1,
    rev: 1,
    ...overrides,
  };
}
