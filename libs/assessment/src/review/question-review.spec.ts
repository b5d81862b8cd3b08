import { QuestionType } from '@parity/curriculum';
import type { DrawnQuestion } from '../drawing/drawn-question';
import { questionFixture } from '../testing/question-fixture';
import { correctAnswerFor, feedbackFor } from './question-review';

const drawnFor = (choiceIds: string[], targetIds: string[] = []): DrawnQuestion => ({
  key: 'k',
  questionId: 'q',
  type: QuestionType.SINGLE_CHOICE,
  options: choiceIds.map((choiceId) => ({ id: `opaque-${choiceId}`, choiceId })),
  targets: targetIds.map((choiceId) => ({ id: `target-${choiceId}`, choiceId })),
});

describe('the review of a question', () => {
  it('gives the correct options in the attempt’s opaque ids, never the bank’s', () => {
    const question = questionFixture({
      type: QuestionType.MULTIPLE_CHOICE,
      choices: [
        { id: 'a', text: { en: 'A' }, correct: true },
        { id: 'b', text: { en: 'B' }, correct: false },
        { id: 'c', text: { en: 'C' }, correct: true },
      ],
    });
    expect(correctAnswerFor(question, drawnFor(['c', 'b', 'a']), 'en')).toEqual({
      optionIds: ['opaque-a', 'opaque-c'],
      texts: [],
      pairs: [],
    });
  });

  it('gives the items of an ordering question in their correct order', () => {
    const question = questionFixture({
      type: QuestionType.ORDERING,
      choices: [
        { id: 'x', text: { en: 'Second' }, order: 2 },
        { id: 'y', text: { en: 'First' }, order: 1 },
      ],
    });
    expect(correctAnswerFor(question, drawnFor(['x', 'y']), 'en').optionIds).toEqual([
      'opaque-y',
      'opaque-x',
    ]);
  });

  it('gives each matching item with its own target', () => {
    const question = questionFixture({
      type: QuestionType.MATCHING,
      choices: [
        { id: 'l1', text: { en: 'L1' }, match: { en: 'R1' } },
        { id: 'l2', text: { en: 'L2' }, match: { en: 'R2' } },
      ],
    });
    expect(correctAnswerFor(question, drawnFor(['l1', 'l2'], ['l2', 'l1']), 'en').pairs).toEqual([
      { optionId: 'opaque-l2', targetId: 'target-l2' },
      { optionId: 'opaque-l1', targetId: 'target-l1' },
    ]);
  });

  it('gives the accepted answers of the attempt’s language, else all of them', () => {
    const question = questionFixture({
      type: QuestionType.SHORT_ANSWER,
      acceptedAnswers: { en: ['Equality'], hr: ['Ravnopravnost', 'Jednakost'] },
    });
    expect(correctAnswerFor(question, drawnFor([]), 'hr').texts).toEqual(['Ravnopravnost', 'Jednakost']);
    expect(correctAnswerFor(question, drawnFor([]), 'sq').texts).toEqual([
      'Equality',
      'Ravnopravnost',
      'Jednakost',
    ]);
  });

  it('joins the general feedback with the one for a right or wrong answer, in the reader’s language', () => {
    const question = questionFixture({
      type: QuestionType.SINGLE_CHOICE,
      feedback: {
        general: { en: 'See module 2.', 'sr-Latn': 'Vidi modul 2.' },
        correct: { en: 'Well done.' },
        incorrect: { en: 'Not quite.' },
      },
    });
    expect(feedbackFor(question, true, 'en')?.text).toBe('See module 2.\n\nWell done.');
    expect(feedbackFor(question, false, 'en')?.text).toBe('See module 2.\n\nNot quite.');
    expect(feedbackFor(question, null, 'sr-Cyrl')).toEqual({
      text: 'Види модул 2.',
      locale: 'sr-Cyrl',
      transliterated: true,
    });
  });

  it('gives no feedback when the question has none', () => {
    expect(feedbackFor(questionFixture({ type: QuestionType.LIKERT }), null, 'en')).toBeNull();
  });
});
