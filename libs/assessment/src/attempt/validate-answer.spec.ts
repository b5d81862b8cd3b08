import { QuestionType } from '@parity/curriculum';
import { DomainError } from '@parity/shared/errors';
import type { DrawnQuestion } from '../drawing/drawn-question';
import type { AnswerInputValue } from './answer-input.schema';
import { validateAnswer } from './validate-answer';

const drawn = (type: QuestionType, options = ['o1', 'o2', 'o3'], targets: string[] = []): DrawnQuestion => ({
  key: 'k',
  questionId: 'q',
  type,
  options: options.map((id) => ({ id, choiceId: `choice-${id}` })),
  targets: targets.map((id) => ({ id, choiceId: `choice-${id}` })),
});

function problems(question: DrawnQuestion, input: AnswerInputValue): string[] {
  try {
    validateAnswer(question, input);
    return [];
  } catch (error) {
    if (error instanceof DomainError && error.code === 'BAD_USER_INPUT') {
      return (error.details.problems ?? []).map((problem) => problem.field);
    }
    throw error;
  }
}

describe('validating an autosaved answer against its question', () => {
  it('accepts one known option for single choice, true/false and Likert, and none (cleared)', () => {
    for (const type of [QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE, QuestionType.LIKERT]) {
      expect(validateAnswer(drawn(type), { optionIds: ['o2'] })).toEqual({
        optionIds: ['o2'],
        text: null,
        pairs: [],
      });
      expect(problems(drawn(type), { optionIds: [] })).toEqual([]);
      expect(problems(drawn(type), { optionIds: ['o1', 'o2'] })).toEqual(['answer.optionIds']);
    }
  });

  it('accepts several distinct known options for multiple choice', () => {
    expect(problems(drawn(QuestionType.MULTIPLE_CHOICE), { optionIds: ['o1', 'o3'] })).toEqual([]);
    expect(problems(drawn(QuestionType.MULTIPLE_CHOICE), { optionIds: ['o1', 'o1'] })).toEqual([
      'answer.optionIds',
    ]);
    expect(problems(drawn(QuestionType.MULTIPLE_CHOICE), { optionIds: ['choice-o1'] })).toEqual([
      'answer.optionIds',
    ]);
  });

  it('takes every item, once, for ordering', () => {
    expect(problems(drawn(QuestionType.ORDERING), { optionIds: ['o3', 'o1', 'o2'] })).toEqual([]);
    expect(problems(drawn(QuestionType.ORDERING), { optionIds: ['o3', 'o1'] })).toEqual(['answer.optionIds']);
  });

  it('takes text only for a short answer (normalised to NFC)', () => {
    expect(validateAnswer(drawn(QuestionType.SHORT_ANSWER, []), { text: 'c\u030Cast' }).text).toBe('čast');
    expect(problems(drawn(QuestionType.SHORT_ANSWER, []), { optionIds: ['o1'] })).toEqual([
      'answer.optionIds',
    ]);
    expect(problems(drawn(QuestionType.SINGLE_CHOICE), { text: 'x' })).toEqual(['answer.text']);
  });

  it('takes pairs of known items and targets for matching, each item once', () => {
    const matching = drawn(QuestionType.MATCHING, ['o1', 'o2'], ['t1', 't2']);
    expect(problems(matching, { pairs: [{ optionId: 'o1', targetId: 't2' }] })).toEqual([]);
    expect(problems(matching, { pairs: [{ optionId: 'o1', targetId: 'o2' }] })).toEqual(['answer.pairs']);
    expect(
      problems(matching, {
        pairs: [
          { optionId: 'o1', targetId: 't1' },
          { optionId: 'o1', targetId: 't2' },
        ],
      }),
    ).toEqual(['answer.pairs']);
    expect(
      problems(drawn(QuestionType.MULTIPLE_CHOICE), { pairs: [{ optionId: 'o1', targetId: 't1' }] }),
    ).toEqual(['answer.pairs']);
  });
});
