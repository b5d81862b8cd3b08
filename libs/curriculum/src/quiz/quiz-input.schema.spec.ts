import { DomainError, parseInput } from '@parity/shared/errors';
import { CountingRule } from './counting-rule.enum';
import { quizItemsSchema, quizSchema } from './quiz-input.schema';
import { QuizKind } from './quiz-kind.enum';
import { RevealPolicy } from './reveal-policy.enum';

const title = [{ locale: 'en', text: 'Check your knowledge' }];
const ID = '4f8a3f9e-2d6b-4c1e-9a57-0b7f7f0c8a11';

function problems(
  schema: Parameters<typeof parseInput>[0],
  input: unknown,
): { field: string; code: string }[] {
  try {
    parseInput(schema, input);
  } catch (error) {
    if (error instanceof DomainError) return error.details.problems ?? [];
    throw error;
  }
  throw new Error('expected BAD_USER_INPUT');
}

describe('quiz input', () => {
  it('fills defaults for a graded quiz', () => {
    expect(parseInput(quizSchema, { title, kind: QuizKind.GRADED, passingScore: 70 })).toEqual({
      title: { en: 'Check your knowledge' },
      kind: QuizKind.GRADED,
      passingScore: 70,
      attemptsAllowed: null,
      countingRule: CountingRule.HIGHEST,
      timeLimitSeconds: null,
      shuffleQuestions: false,
      shuffleChoices: false,
      feedbackPolicy: RevealPolicy.AFTER_EACH_ATTEMPT,
      answersPolicy: RevealPolicy.NEVER,
      pairedQuizId: null,
    });
  });

  it('a survey has no passing score; other kinds need one within 0–100', () => {
    expect(problems(quizSchema, { title, kind: 'survey', passingScore: 50 })).toContainEqual({
      field: 'passingScore',
      code: 'INVALID',
    });
    expect(problems(quizSchema, { title, kind: 'graded' })).toContainEqual({
      field: 'passingScore',
      code: 'REQUIRED',
    });
    expect(problems(quizSchema, { title, kind: 'graded', passingScore: 101 })).toContainEqual({
      field: 'passingScore',
      code: 'TOO_LONG',
    });
  });

  it('only a pre-test or post-test can be paired', () => {
    expect(
      parseInput(quizSchema, { title, kind: 'pre_test', passingScore: 0, pairedQuizId: ID }).pairedQuizId,
    ).toBe(ID);
    expect(
      problems(quizSchema, { title, kind: 'graded', passingScore: 50, pairedQuizId: ID }),
    ).toContainEqual({
      field: 'pairedQuizId',
      code: 'INVALID',
    });
  });

  it('an item is a fixed question or a draw with a count', () => {
    expect(
      parseInput(quizItemsSchema, { expectedRev: 1, items: [{ questionId: ID }, { bankId: ID, count: 3 }] })
        .items,
    ).toHaveLength(2);
    expect(problems(quizItemsSchema, { expectedRev: 1, items: [{ bankId: ID }] })).toContainEqual({
      field: 'items.0.count',
      code: 'REQUIRED',
    });
    expect(
      problems(quizItemsSchema, { expectedRev: 1, items: [{ questionId: ID, count: 2 }] }),
    ).toContainEqual({
      field: 'items.0.questionId',
      code: 'INVALID',
    });
    expect(problems(quizItemsSchema, { expectedRev: 1, items: [{}] })).toContainEqual({
      field: 'items.0.bankId',
      code: 'REQUIRED',
    });
  });
});
