import { describe, expect, it } from 'vitest';
import type { StudioQuestionFieldsFragment } from '../../graphql/studio.generated';
import {
  changeType,
  draftToInput,
  emptyQuestion,
  learnerView,
  questionToDraft,
  scramble,
  validateQuestion,
  type QuestionDraft,
} from './question-model';
import { draftToQuizInput, emptyQuiz, validateQuiz, validateSelection } from './quiz-model';

const T = (text: string, bs?: string) => [
  { locale: 'en', text },
  ...(bs ? [{ locale: 'bs', text: bs }] : []),
];
const noKey = {
  correctChoiceIds: [],
  order: [],
  caseSensitive: false,
  diacriticSensitive: false,
  acceptedAnswers: [],
  matches: [],
};
function saved(overrides: Partial<StudioQuestionFieldsFragment>): StudioQuestionFieldsFragment {
  return {
    id: 'q1',
    rev: 3,
    bankId: 'b1',
    category: null,
    type: 'SINGLE_CHOICE',
    points: 1,
    partialCredit: 'NONE',
    prompt: T('<p>Question?</p>', '<p>Pitanje?</p>'),
    choices: [],
    feedback: { general: [], correct: [], incorrect: [] },
    answerKey: noKey,
    ...overrides,
  };
}
function withChoices(type: QuestionDraft['type'], texts: string[]): QuestionDraft {
  const draft = emptyQuestion(type);
  draft.prompt = T('<p>?</p>');
  draft.choices = texts.map((text, index) => ({ ...draft.choices[0]!, key: `k${index}`, text: T(text) }));
  return draft;
}

describe('question form → QuestionInput', () => {
  it('single choice: keeps choice ids, sends every language and the correct flag, expectedRev', () => {
    const draft = questionToDraft(
      saved({
        choices: [
          { id: 'c1', text: T('Yes', 'Da') },
          { id: 'c2', text: T('No', 'Ne') },
        ],
        answerKey: { ...noKey, correctChoiceIds: ['c2'] },
      }),
    );
    draft.choices.push({ key: 'n', id: null, text: T('Maybe'), match: [], correct: false });
    const input = draftToInput(draft);
    expect(input).toMatchObject({
      type: 'SINGLE_CHOICE',
      expectedRev: 3,
      points: 1,
      prompt: T('<p>Question?</p>', '<p>Pitanje?</p>'),
      choices: [
        { id: 'c1', text: T('Yes', 'Da'), correct: false },
        { id: 'c2', text: T('No', 'Ne'), correct: true },
        { text: T('Maybe'), correct: false },
      ],
    });
    expect(input.choices?.[2]).not.toHaveProperty('id');
    expect(input).not.toHaveProperty('partialCredit');
  });

  it('multiple choice sends partial credit', () => {
    const draft = withChoices('MULTIPLE_CHOICE', ['A', 'B']);
    draft.partialCredit = 'PROPORTIONAL';
    draft.choices[0]!.correct = true;
    expect(draftToInput(draft)).toMatchObject({
      partialCredit: 'PROPORTIONAL',
      choices: [{ correct: true }, { correct: false }],
    });
  });

  it('true/false: reads "true"/"false" from the key and sends trueFalseAnswer without choices', () => {
    const draft = questionToDraft(
      saved({
        type: 'TRUE_FALSE',
        choices: [
          { id: 'true', text: [] },
          { id: 'false', text: [] },
        ],
        answerKey: { ...noKey, correctChoiceIds: ['false'] },
      }),
    );
    expect(draft.trueFalseAnswer).toBe(false);
    const input = draftToInput(draft);
    expect(input.trueFalseAnswer).toBe(false);
    expect(input).not.toHaveProperty('choices');
  });

  it('short answer: accepted answers per language, case and diacritic options', () => {
    const draft = questionToDraft(
      saved({
        type: 'SHORT_ANSWER',
        answerKey: {
          ...noKey,
          caseSensitive: true,
          acceptedAnswers: [
            { locale: 'en', text: 'mainstreaming' },
            { locale: 'en', text: 'gender mainstreaming' },
            { locale: 'bs', text: 'uvođenje' },
          ],
        },
      }),
    );
    draft.acceptedAnswers['en']!.push('  ');
    expect(draftToInput(draft)).toMatchObject({
      acceptedAnswers: [
        { locale: 'en', text: 'mainstreaming' },
        { locale: 'en', text: 'gender mainstreaming' },
        { locale: 'bs', text: 'uvođenje' },
      ],
      caseSensitive: true,
      diacriticSensitive: false,
    });
  });

  it('matching sends each pair with its match and id; ordering sends the correct order', () => {
    const matching = questionToDraft(
      saved({
        type: 'MATCHING',
        choices: [
          { id: 'a', text: T('Sex') },
          { id: 'b', text: T('Gender') },
        ],
        answerKey: {
          ...noKey,
          matches: [
            { choiceId: 'a', match: T('Biological') },
            { choiceId: 'b', match: T('Social') },
          ],
        },
      }),
    );
    expect(draftToInput(matching).choices).toEqual([
      { id: 'a', text: T('Sex'), match: T('Biological') },
      { id: 'b', text: T('Gender'), match: T('Social') },
    ]);
    const ordering = questionToDraft(
      saved({
        type: 'ORDERING',
        choices: [
          { id: 'x', text: T('Plan') },
          { id: 'y', text: T('Analyse') },
        ],
        answerKey: { ...noKey, order: ['y', 'x'] },
      }),
    );
    expect(draftToInput(ordering).choices).toEqual([
      { id: 'y', text: T('Analyse') },
      { id: 'x', text: T('Plan') },
    ]);
  });

  it('Likert sends its labels and no points', () => {
    const input = draftToInput(withChoices('LIKERT', ['Disagree', 'Neutral', 'Agree']));
    expect(input).not.toHaveProperty('points');
    expect(input.choices).toEqual([{ text: T('Disagree') }, { text: T('Neutral') }, { text: T('Agree') }]);
  });

  it('changing the type keeps the prompt and choice texts but resets the answer key', () => {
    const draft = withChoices('SINGLE_CHOICE', ['A', 'B']);
    draft.choices[0]!.correct = true;
    const likert = changeType(draft, 'LIKERT');
    expect(likert.prompt).toEqual(draft.prompt);
    expect(likert.choices).toHaveLength(5);
    expect(likert.choices.some((choice) => choice.correct)).toBe(false);
    expect(changeType(draft, 'TRUE_FALSE').choices).toEqual([]);
  });
});

describe('client-side validation (mirrors the server)', () => {
  const codes = (draft: QuestionDraft) => validateQuestion(draft).map((p) => `${p.field}:${p.code}`);

  it('needs a prompt in some language', () => {
    const draft = withChoices('ORDERING', ['A', 'B']);
    draft.prompt = T('<p> </p>');
    expect(codes(draft)).toEqual(['prompt:REQUIRED']);
  });
  it('single choice: exactly one correct choice, at least two choices, each with text', () => {
    const draft = withChoices('SINGLE_CHOICE', ['A', '']);
    expect(codes(draft)).toEqual(['choices.1.text:REQUIRED', 'choices:INVALID']);
    draft.choices[1]!.text = T('B');
    draft.choices.forEach((choice) => (choice.correct = true));
    expect(codes(draft)).toEqual(['choices:INVALID']);
    draft.choices[1]!.correct = false;
    expect(codes(draft)).toEqual([]);
    draft.choices.pop();
    expect(codes(draft)).toEqual(['choices:TOO_SHORT']);
  });
  it('multiple choice: at least one correct', () => {
    const draft = withChoices('MULTIPLE_CHOICE', ['A', 'B']);
    expect(codes(draft)).toEqual(['choices:INVALID']);
  });
  it('matching needs two pairs, each with a match; ordering two items', () => {
    const matching = withChoices('MATCHING', ['A']);
    expect(codes(matching)).toEqual(['choices.0.match:REQUIRED', 'choices:TOO_SHORT']);
    expect(codes(withChoices('ORDERING', ['A']))).toEqual(['choices:TOO_SHORT']);
  });
  it('Likert has 3–7 labels', () => {
    expect(codes(withChoices('LIKERT', ['A', 'B']))).toEqual(['choices:TOO_SHORT']);
    expect(codes(withChoices('LIKERT', ['1', '2', '3', '4', '5', '6', '7', '8']))).toEqual([
      'choices:TOO_LONG',
    ]);
    expect(codes(withChoices('LIKERT', ['1', '2', '3']))).toEqual([]);
  });
  it('true/false needs the answer; short answer an accepted answer; points 0–100', () => {
    const trueFalse = emptyQuestion('TRUE_FALSE');
    trueFalse.prompt = T('?');
    expect(codes(trueFalse)).toEqual(['trueFalseAnswer:REQUIRED']);
    const short = emptyQuestion('SHORT_ANSWER');
    short.prompt = T('?');
    short.acceptedAnswers = { en: [' '] };
    short.points = 101;
    expect(codes(short)).toEqual(['points:OUT_OF_RANGE', 'acceptedAnswers:REQUIRED']);
  });
  it('quiz settings: passing score required except for surveys; pairing only for pre/post tests', () => {
    const quiz = { ...emptyQuiz('Final'), passingScore: '' };
    expect(validateQuiz(quiz)).toEqual([{ field: 'passingScore', code: 'REQUIRED' }]);
    expect(validateQuiz({ ...quiz, kind: 'SURVEY' })).toEqual([]);
    expect(
      draftToQuizInput({ ...quiz, kind: 'SURVEY', passingScore: '50', pairedQuizId: 'p' }, 'en'),
    ).toMatchObject({
      passingScore: null,
      pairedQuizId: null,
    });
    expect(
      draftToQuizInput(
        { ...quiz, kind: 'POST_TEST', passingScore: '60', pairedQuizId: 'p', timeLimitMinutes: '10' },
        'en',
        T('Old', 'Staro'),
        4,
      ),
    ).toMatchObject({
      title: [
        { locale: 'bs', text: 'Staro' },
        { locale: 'en', text: 'Final' },
      ],
      passingScore: 60,
      pairedQuizId: 'p',
      timeLimitSeconds: 600,
      expectedRev: 4,
    });
    expect(validateSelection([{ key: 'k', kind: 'draw', bankId: 'b', category: '', count: 0 }])).toEqual([
      { field: 'items.0.count', code: 'OUT_OF_RANGE' },
    ]);
  });
});

describe('learner view', () => {
  it('carries no answer key, and never lists items to order in their correct order', () => {
    const draft = withChoices('ORDERING', ['First', 'Second', 'Third']);
    const view = learnerView(draft, 'en');
    expect(Object.keys(view).sort()).toEqual(['choices', 'matchOptions', 'prompt', 'type']);
    expect(view.choices.map((c) => c.text)).not.toEqual(['First', 'Second', 'Third']);
    expect(scramble([{ key: 'a' }, { key: 'b' }]).map((i) => i.key)).not.toEqual(['a', 'b']);
  });
});
