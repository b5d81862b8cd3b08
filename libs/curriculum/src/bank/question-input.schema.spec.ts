import { DomainError, parseInput } from '@parity/shared/errors';
import { PartialCreditRule } from './partial-credit.enum';
import { questionSchema, questionUpdateSchema } from './question-input.schema';
import { QuestionType } from './question-type.enum';

const T = (text: string) => [{ locale: 'en', text }];
const prompt = T('<p>Question?</p>');
const choice = (text: string, extra: Record<string, unknown> = {}) => ({ text: T(text), ...extra });

function problems(input: unknown): { field: string; code: string }[] {
  try {
    parseInput(questionSchema, input);
  } catch (error) {
    if (error instanceof DomainError) return error.details.problems ?? [];
    throw error;
  }
  throw new Error('expected BAD_USER_INPUT');
}

describe('question input, validated per type', () => {
  it('single choice: exactly one correct choice', () => {
    const ok = parseInput(questionSchema, {
      type: QuestionType.SINGLE_CHOICE,
      prompt,
      choices: [choice('A', { correct: true }), choice('B')],
    });
    expect(ok.choices.map((c) => c.correct)).toEqual([true, false]);
    expect(ok.choices.every((c) => c.id.length > 0)).toBe(true);
    expect(ok.points).toBe(1);
    expect(
      problems({
        type: 'single_choice',
        prompt,
        choices: [choice('A', { correct: true }), choice('B', { correct: true })],
      }),
    ).toContainEqual({ field: 'choices', code: 'INVALID' });
    expect(
      problems({ type: 'single_choice', prompt, choices: [choice('A', { correct: true })] }),
    ).toContainEqual({
      field: 'choices',
      code: 'TOO_SHORT',
    });
  });

  it('multiple choice: at least one correct; partial credit only here', () => {
    const ok = parseInput(questionSchema, {
      type: QuestionType.MULTIPLE_CHOICE,
      prompt,
      partialCredit: PartialCreditRule.PROPORTIONAL,
      choices: [choice('A', { correct: true }), choice('B', { correct: true }), choice('C')],
    });
    expect(ok.partialCredit).toBe(PartialCreditRule.PROPORTIONAL);
    expect(problems({ type: 'multiple_choice', prompt, choices: [choice('A'), choice('B')] })).toContainEqual(
      {
        field: 'choices',
        code: 'INVALID',
      },
    );
    expect(
      problems({
        type: 'single_choice',
        prompt,
        partialCredit: 'proportional',
        choices: [choice('A', { correct: true }), choice('B')],
      }),
    ).toContainEqual({ field: 'partialCredit', code: 'INVALID' });
  });

  it('true/false: takes the answer, not choices', () => {
    const ok = parseInput(questionSchema, { type: QuestionType.TRUE_FALSE, prompt, trueFalseAnswer: false });
    expect(ok.choices).toEqual([
      { id: 'true', text: {}, correct: false },
      { id: 'false', text: {}, correct: true },
    ]);
    expect(problems({ type: 'true_false', prompt })).toContainEqual({
      field: 'trueFalseAnswer',
      code: 'REQUIRED',
    });
    expect(
      problems({ type: 'true_false', prompt, trueFalseAnswer: true, choices: [choice('A')] }),
    ).toContainEqual({
      field: 'choices',
      code: 'INVALID',
    });
  });

  it('short answer: accepted answers per language, cleaned and without repeats; flags kept', () => {
    const ok = parseInput(questionSchema, {
      type: QuestionType.SHORT_ANSWER,
      prompt,
      acceptedAnswers: [
        { locale: 'en', text: ' Gender mainstreaming ' },
        { locale: 'en', text: 'Gender mainstreaming' },
        { locale: 'bs', text: 'Uvođenje rodne perspektive' },
      ],
      diacriticSensitive: true,
    });
    expect(ok.acceptedAnswers).toEqual({ en: ['Gender mainstreaming'], bs: ['Uvođenje rodne perspektive'] });
    expect(ok.caseSensitive).toBe(false);
    expect(ok.diacriticSensitive).toBe(true);
    expect(problems({ type: 'short_answer', prompt, acceptedAnswers: [] })).toContainEqual({
      field: 'acceptedAnswers',
      code: 'REQUIRED',
    });
    expect(
      problems({
        type: 'single_choice',
        prompt,
        acceptedAnswers: T('x'),
        choices: [choice('A', { correct: true }), choice('B')],
      }),
    ).toContainEqual({ field: 'acceptedAnswers', code: 'INVALID' });
  });

  it('matching: at least two pairs, each with its right-hand text', () => {
    const ok = parseInput(questionSchema, {
      type: QuestionType.MATCHING,
      prompt,
      choices: [choice('A', { match: T('1') }), choice('B', { match: T('2') })],
    });
    expect(ok.choices.map((c) => c.match)).toEqual([{ en: '1' }, { en: '2' }]);
    expect(
      problems({ type: 'matching', prompt, choices: [choice('A', { match: T('1') }), choice('B')] }),
    ).toContainEqual({
      field: 'choices.1.match',
      code: 'REQUIRED',
    });
    expect(problems({ type: 'matching', prompt, choices: [choice('A', { match: T('1') })] })).toContainEqual({
      field: 'choices',
      code: 'TOO_SHORT',
    });
  });

  it('ordering: at least two items, stored with their correct position', () => {
    const ok = parseInput(questionSchema, {
      type: QuestionType.ORDERING,
      prompt,
      choices: [choice('First'), choice('Second'), choice('Third')],
    });
    expect(ok.choices.map((c) => c.order)).toEqual([0, 1, 2]);
    expect(problems({ type: 'ordering', prompt, choices: [choice('Only')] })).toContainEqual({
      field: 'choices',
      code: 'TOO_SHORT',
    });
    expect(
      problems({ type: 'ordering', prompt, choices: [choice('A', { correct: true }), choice('B')] }),
    ).toContainEqual({
      field: 'choices.0.correct',
      code: 'INVALID',
    });
  });

  it('Likert: 3–7 scale labels and no points (ungraded)', () => {
    const scale = ['Disagree', 'Neutral', 'Agree'].map((label) => choice(label));
    expect(parseInput(questionSchema, { type: QuestionType.LIKERT, prompt, choices: scale }).points).toBe(0);
    expect(problems({ type: 'likert', prompt, choices: scale.slice(0, 2) })).toContainEqual({
      field: 'choices',
      code: 'TOO_SHORT',
    });
    expect(problems({ type: 'likert', prompt, choices: [...scale, ...scale, ...scale] })).toContainEqual({
      field: 'choices',
      code: 'TOO_LONG',
    });
    expect(problems({ type: 'likert', prompt, choices: scale, points: 2 })).toContainEqual({
      field: 'points',
      code: 'INVALID',
    });
  });

  it('every type: a prompt is required, choice texts too, and choice ids are unique', () => {
    expect(problems({ type: 'ordering', prompt: [], choices: [choice('A'), choice('B')] })).toContainEqual({
      field: 'prompt',
      code: 'REQUIRED',
    });
    expect(problems({ type: 'ordering', prompt, choices: [choice('A'), { text: [] }] })).toContainEqual({
      field: 'choices.1.text',
      code: 'REQUIRED',
    });
    expect(
      problems({ type: 'ordering', prompt, choices: [choice('A', { id: 'x' }), choice('B', { id: 'x' })] }),
    ).toContainEqual({ field: 'choices', code: 'INVALID' });
  });

  it('sanitises the prompt and keeps stable choice ids on update', () => {
    const ok = parseInput(questionUpdateSchema, {
      expectedRev: 3,
      type: QuestionType.ORDERING,
      prompt: T('<p onclick="x()">Order<script>alert(1)</script></p>'),
      choices: [choice('A', { id: 'keep-a' }), choice('B', { id: 'keep-b' })],
    });
    expect(ok.expectedRev).toBe(3);
    expect(ok.prompt.en).toBe('<p>Order</p>');
    expect(ok.choices.map((c) => c.id)).toEqual(['keep-a', 'keep-b']);
  });
});
