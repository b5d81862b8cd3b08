import { PartialCreditRule, QuestionType } from '@parity/curriculum';
import { questionFixture } from '../testing/question-fixture';
import { EMPTY_RESPONSE, type GradableResponse } from './gradable-response';
import { gradeQuestion } from './grade-question';

const choose = (...choiceIds: string[]): GradableResponse => ({ ...EMPTY_RESPONSE, choiceIds });
const write = (text: string): GradableResponse => ({ ...EMPTY_RESPONSE, text });
const pair = (...pairs: [string, string][]): GradableResponse => ({
  ...EMPTY_RESPONSE,
  pairs: pairs.map(([choiceId, targetChoiceId]) => ({ choiceId, targetChoiceId })),
});

describe('grading a single-choice or true/false question', () => {
  const single = questionFixture({
    type: QuestionType.SINGLE_CHOICE,
    points: 2,
    choices: [
      { id: 'a', text: { en: 'Women, peace and security' }, correct: true },
      { id: 'b', text: { en: 'Maritime law' }, correct: false },
    ],
  });

  it('gives full points for the correct choice', () => {
    expect(gradeQuestion(single, choose('a'))).toEqual({ earnedPoints: 2, maxPoints: 2, correct: true });
  });

  it('gives nothing for a wrong choice, no choice, or an unknown id', () => {
    for (const response of [choose('b'), choose(), choose('zzz')]) {
      expect(gradeQuestion(single, response)).toEqual({ earnedPoints: 0, maxPoints: 2, correct: false });
    }
  });

  it('gives nothing when several choices are sent (a single choice cannot be hedged)', () => {
    expect(gradeQuestion(single, choose('a', 'b')).correct).toBe(false);
  });

  it('grades true/false the same way', () => {
    const trueFalse = questionFixture({
      type: QuestionType.TRUE_FALSE,
      choices: [
        { id: 't', text: { en: 'True' }, correct: false },
        { id: 'f', text: { en: 'False' }, correct: true },
      ],
    });
    expect(gradeQuestion(trueFalse, choose('f')).correct).toBe(true);
    expect(gradeQuestion(trueFalse, choose('t')).earnedPoints).toBe(0);
  });
});

describe('grading a multiple-choice question', () => {
  const choices = [
    { id: 'a', text: { en: 'A' }, correct: true },
    { id: 'b', text: { en: 'B' }, correct: true },
    { id: 'c', text: { en: 'C' }, correct: false },
    { id: 'd', text: { en: 'D' }, correct: false },
  ];
  const allOrNothing = questionFixture({ type: QuestionType.MULTIPLE_CHOICE, choices, points: 4 });
  const proportional = questionFixture({
    type: QuestionType.MULTIPLE_CHOICE,
    choices,
    points: 4,
    partialCredit: PartialCreditRule.PROPORTIONAL,
  });

  it('all or nothing: full points only for exactly the correct set', () => {
    expect(gradeQuestion(allOrNothing, choose('b', 'a'))).toEqual({
      earnedPoints: 4,
      maxPoints: 4,
      correct: true,
    });
    expect(gradeQuestion(allOrNothing, choose('a')).earnedPoints).toBe(0);
    expect(gradeQuestion(allOrNothing, choose('a', 'b', 'c')).earnedPoints).toBe(0);
  });

  it('proportional: right minus wrong choices over the correct ones', () => {
    expect(gradeQuestion(proportional, choose('a'))).toEqual({
      earnedPoints: 2,
      maxPoints: 4,
      correct: false,
    });
    expect(gradeQuestion(proportional, choose('a', 'b', 'c'))).toEqual({
      earnedPoints: 2,
      maxPoints: 4,
      correct: false,
    });
    expect(gradeQuestion(proportional, choose('a', 'b'))).toEqual({
      earnedPoints: 4,
      maxPoints: 4,
      correct: true,
    });
  });

  it('proportional: never below zero, so ticking everything earns nothing', () => {
    expect(gradeQuestion(proportional, choose('a', 'c', 'd')).earnedPoints).toBe(0);
    expect(gradeQuestion(proportional, choose('a', 'b', 'c', 'd')).earnedPoints).toBe(0);
  });
});

describe('grading a short-answer question', () => {
  const lenient = questionFixture({
    type: QuestionType.SHORT_ANSWER,
    acceptedAnswers: { en: ['Gender mainstreaming'], 'sr-Latn': ['Rodno osviješćenje'], hr: ['Đakovo'] },
  });

  it('accepts an accepted answer of any language, ignoring case, spacing and diacritics', () => {
    for (const text of [
      'gender mainstreaming',
      '  GENDER   mainstreaming ',
      'rodno osvijescenje',
      'Rodno osviješćenje',
      'dakovo',
      'ĐAKOVO',
    ]) {
      expect(gradeQuestion(lenient, write(text)).correct).toBe(true);
    }
  });

  it('rejects other texts and an empty answer', () => {
    for (const text of ['gender', '', '   ', 'mainstreaming gender']) {
      expect(gradeQuestion(lenient, write(text)).correct).toBe(false);
    }
    expect(gradeQuestion(lenient, EMPTY_RESPONSE).correct).toBe(false);
  });

  it('honours case and diacritic sensitivity when the question asks for it', () => {
    const strict = questionFixture({
      type: QuestionType.SHORT_ANSWER,
      acceptedAnswers: { hr: ['Đakovo'] },
      caseSensitive: true,
      diacriticSensitive: true,
    });
    expect(gradeQuestion(strict, write('Đakovo')).correct).toBe(true);
    expect(gradeQuestion(strict, write('Dakovo')).correct).toBe(false);
    expect(gradeQuestion(strict, write('đakovo')).correct).toBe(false);
  });

  it('treats composed and decomposed letters as the same text', () => {
    const strict = questionFixture({
      type: QuestionType.SHORT_ANSWER,
      acceptedAnswers: { bs: ['čast'] },
      diacriticSensitive: true,
    });
    expect(gradeQuestion(strict, write('c\u030Cast')).correct).toBe(true);
  });
});

describe('grading a matching question', () => {
  const choices = [
    { id: 'l1', text: { en: '1325' }, match: { en: 'Women, peace and security' } },
    { id: 'l2', text: { en: 'CEDAW' }, match: { en: 'Discrimination against women' } },
    { id: 'l3', text: { en: 'Istanbul Convention' }, match: { en: 'Violence against women' } },
    { id: 'l4', text: { en: 'Duplicate' }, match: { en: 'Violence against women' } },
  ];
  const allOrNothing = questionFixture({ type: QuestionType.MATCHING, choices, points: 4 });
  const proportional = questionFixture({
    type: QuestionType.MATCHING,
    choices,
    points: 4,
    partialCredit: PartialCreditRule.PROPORTIONAL,
  });
  const right: [string, string][] = [
    ['l1', 'l1'],
    ['l2', 'l2'],
    ['l3', 'l3'],
    ['l4', 'l4'],
  ];

  it('gives full points when every item has its match', () => {
    expect(gradeQuestion(allOrNothing, pair(...right))).toEqual({
      earnedPoints: 4,
      maxPoints: 4,
      correct: true,
    });
  });

  it('accepts a target with the identical text (two items may share a match)', () => {
    expect(
      gradeQuestion(allOrNothing, pair(['l1', 'l1'], ['l2', 'l2'], ['l3', 'l4'], ['l4', 'l3'])).correct,
    ).toBe(true);
  });

  it('all or nothing: one wrong or missing pair earns nothing', () => {
    expect(
      gradeQuestion(allOrNothing, pair(['l1', 'l2'], ['l2', 'l1'], ['l3', 'l3'], ['l4', 'l4'])).earnedPoints,
    ).toBe(0);
    expect(gradeQuestion(allOrNothing, pair(['l1', 'l1'])).earnedPoints).toBe(0);
  });

  it('proportional: the share of right pairs', () => {
    expect(gradeQuestion(proportional, pair(['l1', 'l2'], ['l2', 'l1'], ['l3', 'l3'], ['l4', 'l4']))).toEqual(
      {
        earnedPoints: 2,
        maxPoints: 4,
        correct: false,
      },
    );
    expect(gradeQuestion(proportional, pair(['l1', 'l1'])).earnedPoints).toBe(1);
  });
});

describe('grading an ordering question', () => {
  const choices = [
    { id: 'c', text: { en: 'Third' }, order: 3 },
    { id: 'a', text: { en: 'First' }, order: 1 },
    { id: 'b', text: { en: 'Second' }, order: 2 },
    { id: 'd', text: { en: 'Fourth' }, order: 4 },
  ];
  const allOrNothing = questionFixture({ type: QuestionType.ORDERING, choices, points: 2 });
  const proportional = questionFixture({
    type: QuestionType.ORDERING,
    choices,
    points: 2,
    partialCredit: PartialCreditRule.PROPORTIONAL,
  });

  it('gives full points for the correct order', () => {
    expect(gradeQuestion(allOrNothing, choose('a', 'b', 'c', 'd'))).toEqual({
      earnedPoints: 2,
      maxPoints: 2,
      correct: true,
    });
  });

  it('all or nothing: any item out of place earns nothing', () => {
    expect(gradeQuestion(allOrNothing, choose('a', 'b', 'd', 'c')).earnedPoints).toBe(0);
    expect(gradeQuestion(allOrNothing, choose()).earnedPoints).toBe(0);
  });

  it('proportional: the share of items at their right place', () => {
    expect(gradeQuestion(proportional, choose('a', 'b', 'd', 'c'))).toEqual({
      earnedPoints: 1,
      maxPoints: 2,
      correct: false,
    });
    expect(gradeQuestion(proportional, choose('d', 'c', 'b', 'a')).earnedPoints).toBe(0);
  });
});

describe('grading a Likert question', () => {
  it('counts 0 of 0 points and is neither right nor wrong', () => {
    const likert = questionFixture({
      type: QuestionType.LIKERT,
      points: 1,
      choices: [
        { id: '1', text: { en: 'Disagree' } },
        { id: '2', text: { en: 'Agree' } },
      ],
    });
    expect(gradeQuestion(likert, choose('2'))).toEqual({ earnedPoints: 0, maxPoints: 0, correct: null });
  });
});
