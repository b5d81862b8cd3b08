import { describe, expect, it } from 'vitest';
import type { AttemptQuestionFieldsFragment } from '../../graphql/learn.generated';
import {
  describeAnswer,
  draftFromSaved,
  isAnswered,
  moveItem,
  toAnswerInput,
  toggleOption,
} from './answer-model';

const text = (value: string) => ({ text: value, locale: 'en' });
const options = ['a', 'b', 'c'].map((id) => ({ id, text: text(id.toUpperCase()) }));

function question(
  type: AttemptQuestionFieldsFragment['type'],
  answer: AttemptQuestionFieldsFragment['answer'] = null,
): AttemptQuestionFieldsFragment {
  return { key: 'q1', position: 1, type, points: 1, prompt: text('?'), options, matchTargets: [], answer };
}

const saved = (fields: Partial<NonNullable<AttemptQuestionFieldsFragment['answer']>>) => ({
  optionIds: [],
  text: null,
  pairs: [],
  savedAt: '2026-11-23T10:00:00Z',
  ...fields,
});

describe('answer building', () => {
  it('sends one option for single choice, true/false and Likert', () => {
    const draft = { optionIds: ['b'], text: 'ignored', pairs: {} };
    for (const type of ['SINGLE_CHOICE', 'TRUE_FALSE', 'LIKERT'] as const)
      expect(toAnswerInput(type, draft)).toEqual({ optionIds: ['b'] });
  });

  it('keeps multiple-choice options in the order they are shown, whatever the clicking order', () => {
    let ids = toggleOption([], 'c', true, ['a', 'b', 'c']);
    ids = toggleOption(ids, 'a', true, ['a', 'b', 'c']);
    expect(ids).toEqual(['a', 'c']);
    expect(toggleOption(ids, 'c', false, ['a', 'b', 'c'])).toEqual(['a']);
    expect(toAnswerInput('MULTIPLE_CHOICE', { optionIds: ids, text: '', pairs: {} })).toEqual({
      optionIds: ['a', 'c'],
    });
  });

  it('sends a short answer trimmed', () => {
    expect(toAnswerInput('SHORT_ANSWER', { optionIds: [], text: '  Istanbul ', pairs: {} })).toEqual({
      text: 'Istanbul',
    });
  });

  it('orders: moves items up and down and sends every item in the learner order', () => {
    const draft = draftFromSaved(question('ORDERING'));
    expect(draft.optionIds).toEqual(['a', 'b', 'c']);
    const moved = moveItem(moveItem(draft.optionIds, 2, -1), 1, -1);
    expect(moved).toEqual(['c', 'a', 'b']);
    expect(moveItem(moved, 0, -1)).toEqual(moved);
    expect(moveItem(moved, 2, 1)).toEqual(moved);
    expect(toAnswerInput('ORDERING', { ...draft, optionIds: moved })).toEqual({ optionIds: ['c', 'a', 'b'] });
  });

  it('restores a saved order, adding any item it lacks and dropping unknown ones', () => {
    const draft = draftFromSaved(question('ORDERING', saved({ optionIds: ['c', 'x', 'a'] })));
    expect(draft.optionIds).toEqual(['c', 'a', 'b']);
  });

  it('matches: one pair per chosen target, none for a left item still unmatched', () => {
    const draft = draftFromSaved(question('MATCHING', saved({ pairs: [{ optionId: 'b', targetId: 't1' }] })));
    expect(draft.pairs).toEqual({ a: '', b: 't1', c: '' });
    expect(isAnswered('MATCHING', draft, true)).toBe(false);
    draft.pairs['a'] = 't2';
    draft.pairs['c'] = 't3';
    expect(toAnswerInput('MATCHING', draft)).toEqual({
      pairs: [
        { optionId: 'a', targetId: 't2' },
        { optionId: 'b', targetId: 't1' },
        { optionId: 'c', targetId: 't3' },
      ],
    });
    expect(isAnswered('MATCHING', draft, true)).toBe(true);
  });

  it('tells which questions are answered', () => {
    expect(isAnswered('SINGLE_CHOICE', draftFromSaved(question('SINGLE_CHOICE')), false)).toBe(false);
    expect(isAnswered('SINGLE_CHOICE', { optionIds: ['a'], text: '', pairs: {} }, false)).toBe(true);
    expect(isAnswered('SHORT_ANSWER', { optionIds: [], text: '  ', pairs: {} }, true)).toBe(false);
    expect(isAnswered('ORDERING', draftFromSaved(question('ORDERING')), false)).toBe(false);
    expect(isAnswered('ORDERING', draftFromSaved(question('ORDERING')), true)).toBe(true);
  });
});

describe('answer description (result review)', () => {
  it('names chosen options, matching pairs and typed texts', () => {
    const matching = {
      ...question('MATCHING'),
      matchTargets: [{ id: 't1', text: text('One') }],
    };
    expect(describeAnswer(question('ORDERING'), saved({ optionIds: ['c', 'a'] }))).toEqual(['C', 'A']);
    expect(describeAnswer(matching, saved({ pairs: [{ optionId: 'b', targetId: 't1' }] }))).toEqual([
      'B → One',
    ]);
    expect(
      describeAnswer(question('SHORT_ANSWER'), { optionIds: [], texts: ['Istanbul', 'İstanbul'], pairs: [] }),
    ).toEqual(['Istanbul', 'İstanbul']);
    expect(describeAnswer(question('SHORT_ANSWER'), saved({ text: 'Paris' }))).toEqual(['Paris']);
    expect(describeAnswer(question('SINGLE_CHOICE'), null)).toEqual([]);
  });
});
