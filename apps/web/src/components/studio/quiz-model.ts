import type {
  CountingRule,
  QuizInput,
  QuizItemInput,
  QuizKind,
  RevealPolicy,
  StudioQuizFieldsFragment,
} from '../../graphql/studio.generated';
import type { FieldProblem } from './question-model';
import { textIn, withText, type Text } from './translations';

export const QUIZ_KINDS: readonly QuizKind[] = ['GRADED', 'PRE_TEST', 'POST_TEST', 'SURVEY'];
export const COUNTING_RULES: readonly CountingRule[] = ['HIGHEST', 'LAST'];
export const REVEAL_POLICIES: readonly RevealPolicy[] = [
  'NEVER',
  'AFTER_EACH_ATTEMPT',
  'AFTER_PASSING',
  'AFTER_LAST_ATTEMPT',
];

/** A quiz's settings as the form edits them (numbers as typed; '' for "none"). */
export interface QuizDraft {
  title: string;
  kind: QuizKind;
  passingScore: string;
  /** '' for unlimited. */
  attemptsAllowed: string;
  countingRule: CountingRule;
  /** Minutes; '' for no limit. */
  timeLimitMinutes: string;
  shuffleQuestions: boolean;
  shuffleChoices: boolean;
  feedbackPolicy: RevealPolicy;
  answersPolicy: RevealPolicy;
  /** '' for none. */
  pairedQuizId: string;
}

export function emptyQuiz(title = ''): QuizDraft {
  return {
    title,
    kind: 'GRADED',
    passingScore: '70',
    attemptsAllowed: '',
    countingRule: 'HIGHEST',
    timeLimitMinutes: '',
    shuffleQuestions: false,
    shuffleChoices: false,
    feedbackPolicy: 'AFTER_EACH_ATTEMPT',
    answersPolicy: 'NEVER',
    pairedQuizId: '',
  };
}

export function quizToDraft(quiz: StudioQuizFieldsFragment, locale: string): QuizDraft {
  return {
    title: textIn(quiz.title, locale),
    kind: quiz.kind,
    passingScore: quiz.passingScore === null ? '' : String(quiz.passingScore),
    attemptsAllowed: quiz.attemptsAllowed === null ? '' : String(quiz.attemptsAllowed),
    countingRule: quiz.countingRule,
    timeLimitMinutes:
      quiz.timeLimitSeconds === null ? '' : String(Math.max(1, Math.round(quiz.timeLimitSeconds / 60))),
    shuffleQuestions: quiz.shuffleQuestions,
    shuffleChoices: quiz.shuffleChoices,
    feedbackPolicy: quiz.feedbackPolicy,
    answersPolicy: quiz.answersPolicy,
    pairedQuizId: quiz.pairedQuizId ?? '',
  };
}

/** Only a pre-test and a post-test are paired: each with a quiz of the other kind. */
export function pairKind(kind: QuizKind): QuizKind | null {
  if (kind === 'PRE_TEST') return 'POST_TEST';
  if (kind === 'POST_TEST') return 'PRE_TEST';
  return null;
}

/** Number inputs may hand back numbers (v-model on type=number): read them as text first. */
const str = (value: string | number): string => String(value).trim();
const toNumber = (value: string | number): number | null => (str(value) === '' ? null : Number(value));

/**
 * The whole settings (a save replaces them): the title in `locale`, other languages kept from `baseTitle`.
 * A survey has no passing score; only pre- and post-tests are paired.
 */
export function draftToQuizInput(
  draft: QuizDraft,
  locale: string,
  baseTitle: readonly Text[] = [],
  expectedRev?: number,
): QuizInput {
  const survey = draft.kind === 'SURVEY';
  const minutes = toNumber(draft.timeLimitMinutes);
  const input: QuizInput = {
    title: withText(baseTitle, locale, draft.title.trim()),
    kind: draft.kind,
    passingScore: survey ? null : toNumber(draft.passingScore),
    attemptsAllowed: toNumber(draft.attemptsAllowed),
    countingRule: draft.countingRule,
    timeLimitSeconds: minutes === null ? null : Math.round(minutes * 60),
    shuffleQuestions: draft.shuffleQuestions,
    shuffleChoices: draft.shuffleChoices,
    feedbackPolicy: draft.feedbackPolicy,
    answersPolicy: draft.answersPolicy,
    pairedQuizId: pairKind(draft.kind) && draft.pairedQuizId ? draft.pairedQuizId : null,
  };
  if (expectedRev !== undefined) input.expectedRev = expectedRev;
  return input;
}

const inRange = (value: string | number, min: number, max: number): boolean => {
  const number = Number(value);
  return Number.isInteger(number) && number >= min && number <= max;
};

export function validateQuiz(draft: QuizDraft): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!draft.title.trim()) problems.push({ field: 'title', code: 'REQUIRED' });
  if (draft.kind !== 'SURVEY') {
    if (str(draft.passingScore) === '') problems.push({ field: 'passingScore', code: 'REQUIRED' });
    else if (!inRange(draft.passingScore, 0, 100))
      problems.push({ field: 'passingScore', code: 'OUT_OF_RANGE' });
  }
  if (str(draft.attemptsAllowed) !== '' && !inRange(draft.attemptsAllowed, 1, 100))
    problems.push({ field: 'attemptsAllowed', code: 'OUT_OF_RANGE' });
  if (str(draft.timeLimitMinutes) !== '' && !inRange(draft.timeLimitMinutes, 1, 1440))
    problems.push({ field: 'timeLimitSeconds', code: 'OUT_OF_RANGE' });
  return problems;
}

/** One entry of the question selection: a fixed question or a random draw. */
export type SelectionItem =
  | { key: string; kind: 'question'; questionId: string; bankId: string }
  | { key: string; kind: 'draw'; bankId: string; category: string; count: number };

export function itemsToSelection(quiz: StudioQuizFieldsFragment): SelectionItem[] {
  return quiz.items.map((item) =>
    item.questionId
      ? { key: item.id, kind: 'question', questionId: item.questionId, bankId: item.bankId }
      : {
          key: item.id,
          kind: 'draw',
          bankId: item.bankId,
          category: item.category ?? '',
          count: item.count ?? 1,
        },
  );
}

export function selectionToInput(items: readonly SelectionItem[]): QuizItemInput[] {
  return items.map((item) =>
    item.kind === 'question'
      ? { questionId: item.questionId }
      : { bankId: item.bankId, category: item.category || null, count: item.count },
  );
}

export function validateSelection(items: readonly SelectionItem[]): FieldProblem[] {
  return items.flatMap((item, index) =>
    item.kind === 'draw' && !(Number.isInteger(item.count) && item.count >= 1 && item.count <= 100)
      ? [{ field: `items.${index}.count`, code: 'OUT_OF_RANGE' }]
      : [],
  );
}
