import type {
  PartialCreditRule,
  QuestionInput,
  QuestionType,
  StudioQuestionFieldsFragment,
} from '../../graphql/studio.generated';
import { displayText, type Text } from './translations';

/** Every question type, in the order the type picker offers them. */
export const QUESTION_TYPES: readonly QuestionType[] = [
  'SINGLE_CHOICE',
  'MULTIPLE_CHOICE',
  'TRUE_FALSE',
  'SHORT_ANSWER',
  'MATCHING',
  'ORDERING',
  'LIKERT',
];

export const LIKERT_MIN = 3;
export const LIKERT_MAX = 7;
export const CHOICES_MAX = 20;
export const POINTS_MAX = 100;

/** A choice, pair (left side + match), item to order or Likert label as the form edits it. */
export interface ChoiceDraft {
  /** Local key for lists and labels (the id once saved). */
  key: string;
  /** The saved choice's id: sent back so it stays stable. Null for a new choice. */
  id: string | null;
  text: Text[];
  /** Matching: the right-hand text. */
  match: Text[];
  /** Single and multiple choice. */
  correct: boolean;
}

/** A whole question in the form, in every language at once (a save sends all of them). */
export interface QuestionDraft {
  id: string | null;
  rev: number | null;
  type: QuestionType;
  category: string;
  prompt: Text[];
  choices: ChoiceDraft[];
  trueFalseAnswer: boolean | null;
  /** Short answer: accepted answers per language. */
  acceptedAnswers: Record<string, string[]>;
  caseSensitive: boolean;
  diacriticSensitive: boolean;
  partialCredit: PartialCreditRule;
  points: number;
  feedback: { general: Text[]; correct: Text[]; incorrect: Text[] };
}

/** A field problem, as the server reports them (`choices.1.text`, `REQUIRED`). */
export interface FieldProblem {
  field: string;
  code: string;
}

let counter = 0;
export function newKey(): string {
  counter += 1;
  return `new-${counter}`;
}

export function newChoice(): ChoiceDraft {
  return { key: newKey(), id: null, text: [], match: [], correct: false };
}

const choiceCount = (type: QuestionType): number => {
  switch (type) {
    case 'LIKERT':
      return 5;
    case 'TRUE_FALSE':
    case 'SHORT_ANSWER':
      return 0;
    default:
      return 2;
  }
};

export const usesChoices = (type: QuestionType): boolean => choiceCount(type) > 0;

/** A new, empty question of a type. */
export function emptyQuestion(type: QuestionType, category = ''): QuestionDraft {
  return {
    id: null,
    rev: null,
    type,
    category,
    prompt: [],
    choices: Array.from({ length: choiceCount(type) }, newChoice),
    trueFalseAnswer: null,
    acceptedAnswers: {},
    caseSensitive: false,
    diacriticSensitive: false,
    partialCredit: 'NONE',
    points: type === 'LIKERT' ? 0 : 1,
    feedback: { general: [], correct: [], incorrect: [] },
  };
}

/** The same question as another type: the prompt, feedback and choice texts stay, the answer key is reset. */
export function changeType(draft: QuestionDraft, type: QuestionType): QuestionDraft {
  const next = emptyQuestion(type, draft.category);
  const keep = draft.choices.filter((choice) => choice.text.some((entry) => entry.text.trim()));
  const choices = usesChoices(type)
    ? [
        ...keep.map((choice) => ({
          ...choice,
          correct: false,
          match: type === 'MATCHING' ? choice.match : [],
        })),
        ...next.choices.slice(keep.length),
      ]
    : [];
  return {
    ...next,
    id: draft.id,
    rev: draft.rev,
    prompt: draft.prompt,
    feedback: draft.feedback,
    choices,
    points: type === 'LIKERT' ? 0 : draft.points || 1,
  };
}

const copy = (texts: readonly Text[]): Text[] => texts.map(({ locale, text }) => ({ locale, text }));

/** A saved question (with its answer key) as the form edits it. */
export function questionToDraft(question: StudioQuestionFieldsFragment): QuestionDraft {
  const key = question.answerKey;
  const correct = new Set(key?.correctChoiceIds ?? []);
  const matches = new Map((key?.matches ?? []).map((entry) => [entry.choiceId, copy(entry.match)]));
  let choices: ChoiceDraft[] = question.choices.map((choice) => ({
    key: choice.id,
    id: choice.id,
    text: copy(choice.text),
    match: matches.get(choice.id) ?? [],
    correct: correct.has(choice.id),
  }));
  if (question.type === 'ORDERING' && key?.order.length) {
    const rank = new Map(key.order.map((id, index) => [id, index]));
    choices = [...choices].sort((a, b) => (rank.get(a.key) ?? 0) - (rank.get(b.key) ?? 0));
  }
  const acceptedAnswers: Record<string, string[]> = {};
  for (const answer of key?.acceptedAnswers ?? []) (acceptedAnswers[answer.locale] ??= []).push(answer.text);
  return {
    id: question.id,
    rev: question.rev,
    type: question.type,
    category: question.category ?? '',
    prompt: copy(question.prompt),
    choices: question.type === 'TRUE_FALSE' ? [] : choices,
    trueFalseAnswer: question.type === 'TRUE_FALSE' ? correct.has('true') : null,
    acceptedAnswers,
    caseSensitive: key?.caseSensitive ?? false,
    diacriticSensitive: key?.diacriticSensitive ?? false,
    partialCredit: question.partialCredit,
    points: question.points,
    feedback: {
      general: copy(question.feedback.general),
      correct: copy(question.feedback.correct),
      incorrect: copy(question.feedback.incorrect),
    },
  };
}

/** True when rich text has nothing a reader would see (`<p></p>`, spaces). */
export function isBlankHtml(html: string): boolean {
  if (/<img\b/i.test(html)) return false;
  return (
    html
      .replace(/<[^>]*>/g, '')
      .replace(/&nbsp;/g, ' ')
      .trim() === ''
  );
}

/** The translations that say something (what a save sends). */
function filled(texts: readonly Text[], rich = false): Text[] {
  return texts
    .filter((entry) => (rich ? !isBlankHtml(entry.text) : entry.text.trim() !== ''))
    .map(({ locale, text }) => ({ locale, text: rich ? text : text.trim() }));
}

const hasText = (texts: readonly Text[], rich = false): boolean => filled(texts, rich).length > 0;

/** The form as the API's QuestionInput: only the fields its type uses; saved choices keep their ids. */
export function draftToInput(draft: QuestionDraft): QuestionInput {
  const input: QuestionInput = {
    type: draft.type,
    category: draft.category.trim() || null,
    prompt: filled(draft.prompt, true),
    feedback: {
      general: filled(draft.feedback.general, true),
      correct: filled(draft.feedback.correct, true),
      incorrect: filled(draft.feedback.incorrect, true),
    },
  };
  if (draft.rev !== null) input.expectedRev = draft.rev;
  if (draft.type !== 'LIKERT') input.points = draft.points;
  const withId = (choice: ChoiceDraft) => (choice.id ? { id: choice.id } : {});
  switch (draft.type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE':
      input.choices = draft.choices.map((choice) => ({
        ...withId(choice),
        text: filled(choice.text),
        correct: choice.correct,
      }));
      if (draft.type === 'MULTIPLE_CHOICE') input.partialCredit = draft.partialCredit;
      break;
    case 'TRUE_FALSE':
      input.trueFalseAnswer = draft.trueFalseAnswer;
      break;
    case 'SHORT_ANSWER':
      input.acceptedAnswers = Object.entries(draft.acceptedAnswers).flatMap(([locale, answers]) =>
        answers
          .map((text) => text.trim())
          .filter(Boolean)
          .map((text) => ({ locale, text })),
      );
      input.caseSensitive = draft.caseSensitive;
      input.diacriticSensitive = draft.diacriticSensitive;
      break;
    case 'MATCHING':
      input.choices = draft.choices.map((choice) => ({
        ...withId(choice),
        text: filled(choice.text),
        match: filled(choice.match),
      }));
      break;
    case 'ORDERING':
    case 'LIKERT':
      input.choices = draft.choices.map((choice) => ({ ...withId(choice), text: filled(choice.text) }));
      break;
  }
  return input;
}

/** The server's rules, checked before sending (the server checks them again and its problems are shown too). */
export function validateQuestion(draft: QuestionDraft): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, code: string) => problems.push({ field, code });
  if (!hasText(draft.prompt, true)) add('prompt', 'REQUIRED');
  if (
    draft.type !== 'LIKERT' &&
    (!Number.isInteger(draft.points) || draft.points < 0 || draft.points > POINTS_MAX)
  )
    add('points', 'OUT_OF_RANGE');
  const count = (min: number, max: number) => {
    if (draft.choices.length < min) add('choices', 'TOO_SHORT');
    if (draft.choices.length > max) add('choices', 'TOO_LONG');
  };
  if (usesChoices(draft.type)) {
    draft.choices.forEach((choice, index) => {
      if (!hasText(choice.text)) add(`choices.${index}.text`, 'REQUIRED');
      if (draft.type === 'MATCHING' && !hasText(choice.match)) add(`choices.${index}.match`, 'REQUIRED');
    });
  }
  const correct = draft.choices.filter((choice) => choice.correct).length;
  switch (draft.type) {
    case 'SINGLE_CHOICE':
      count(2, CHOICES_MAX);
      if (correct !== 1) add('choices', 'INVALID');
      break;
    case 'MULTIPLE_CHOICE':
      count(2, CHOICES_MAX);
      if (correct < 1) add('choices', 'INVALID');
      break;
    case 'TRUE_FALSE':
      if (draft.trueFalseAnswer === null) add('trueFalseAnswer', 'REQUIRED');
      break;
    case 'SHORT_ANSWER':
      if (!Object.values(draft.acceptedAnswers).some((answers) => answers.some((text) => text.trim())))
        add('acceptedAnswers', 'REQUIRED');
      break;
    case 'MATCHING':
    case 'ORDERING':
      count(2, CHOICES_MAX);
      break;
    case 'LIKERT':
      count(LIKERT_MIN, LIKERT_MAX);
      break;
  }
  return problems;
}

/**
 * What a learner is shown of a question, and nothing more: no correct flags, no accepted answers, no pairing,
 * and items to order never in their correct order. The preview renders only this.
 */
export interface LearnerQuestion {
  type: QuestionType;
  prompt: string;
  /** Options to choose from, pairs' left sides, items to order, or Likert labels (learner's order). */
  choices: { key: string; text: string }[];
  /** Matching: the right-hand texts to choose from, in alphabetical order. */
  matchOptions: string[];
}

/** A stable shuffle that never leaves a list of two or more in its original (the correct) order. */
export function scramble<T extends { key: string }>(items: readonly T[]): T[] {
  const hash = (text: string) => [...text].reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) >>> 0, 7);
  const sorted = [...items].sort((a, b) => hash(a.key) - hash(b.key) || a.key.localeCompare(b.key));
  if (sorted.length > 1 && sorted.every((item, index) => item === items[index])) {
    const [first, ...rest] = sorted;
    return first ? [...rest, first] : sorted;
  }
  return sorted;
}

/** The learner's view of the form's question in one language (falling back to `fallbacks`). */
export function learnerView(draft: QuestionDraft, locale: string, ...fallbacks: string[]): LearnerQuestion {
  const text = (texts: readonly Text[]) => displayText(texts, locale, ...fallbacks);
  const choices = draft.choices.map((choice) => ({ key: choice.key, text: text(choice.text) }));
  return {
    type: draft.type,
    prompt: text(draft.prompt),
    choices: draft.type === 'ORDERING' ? scramble(choices) : usesChoices(draft.type) ? choices : [],
    matchOptions:
      draft.type === 'MATCHING'
        ? draft.choices.map((choice) => text(choice.match)).sort((a, b) => a.localeCompare(b, locale))
        : [],
  };
}
