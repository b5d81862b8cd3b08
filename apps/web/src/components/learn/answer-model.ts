import type {
  AnswerInput,
  AttemptQuestionFieldsFragment,
  LearnerQuestionType,
  SavedAnswerFieldsFragment,
} from '../../graphql/learn.generated';

/** What the learner has entered for one question, in the form the inputs edit. */
export interface AnswerDraft {
  /** Chosen options (single, true/false, Likert: at most one), or every item in the learner's order (ordering). */
  optionIds: string[];
  text: string;
  /** Matching: left item id → chosen right-hand target id ('' when none chosen yet). */
  pairs: Record<string, string>;
}

type Question = Pick<AttemptQuestionFieldsFragment, 'type' | 'options' | 'answer'>;

/** The draft of a question: its saved answer, or an empty one (ordering starts in the order shown). */
export function draftFromSaved(
  question: Question,
  saved: SavedAnswerFieldsFragment | null = question.answer,
): AnswerDraft {
  const pairs: Record<string, string> = {};
  for (const option of question.options) pairs[option.id] = '';
  for (const pair of saved?.pairs ?? []) pairs[pair.optionId] = pair.targetId;
  let optionIds = [...(saved?.optionIds ?? [])];
  if (question.type === 'ORDERING') {
    // Every item exactly once: the saved order first, then any item the saved order lacks.
    const known = new Set(question.options.map((option) => option.id));
    optionIds = optionIds.filter((id) => known.has(id));
    for (const option of question.options) if (!optionIds.includes(option.id)) optionIds.push(option.id);
  }
  return { optionIds, text: saved?.text ?? '', pairs };
}

/** The answer to send for a draft: only the fields its question type uses. */
export function toAnswerInput(type: LearnerQuestionType, draft: AnswerDraft): AnswerInput {
  switch (type) {
    case 'SINGLE_CHOICE':
    case 'TRUE_FALSE':
    case 'LIKERT':
      return { optionIds: draft.optionIds.slice(0, 1) };
    case 'MULTIPLE_CHOICE':
    case 'ORDERING':
      return { optionIds: [...draft.optionIds] };
    case 'SHORT_ANSWER':
      return { text: draft.text.trim() };
    case 'MATCHING':
      return {
        pairs: Object.entries(draft.pairs)
          .filter(([, targetId]) => targetId !== '')
          .map(([optionId, targetId]) => ({ optionId, targetId })),
      };
  }
}

/**
 * Whether a question counts as answered (for the question navigation). An ordering question is answered once the
 * learner saved an order (moving an item saves it); matching once every left item has a target.
 */
export function isAnswered(type: LearnerQuestionType, draft: AnswerDraft, savedOrTouched: boolean): boolean {
  switch (type) {
    case 'SHORT_ANSWER':
      return draft.text.trim() !== '';
    case 'MATCHING':
      return (
        Object.values(draft.pairs).length > 0 && Object.values(draft.pairs).every((target) => target !== '')
      );
    case 'ORDERING':
      return savedOrTouched;
    default:
      return draft.optionIds.length > 0;
  }
}

/** Moves the item at `index` one place up (-1) or down (+1); out of range leaves the order as it is. */
export function moveItem(ids: readonly string[], index: number, delta: -1 | 1): string[] {
  const target = index + delta;
  const next = [...ids];
  if (index < 0 || index >= ids.length || target < 0 || target >= ids.length) return next;
  [next[index], next[target]] = [next[target] as string, next[index] as string];
  return next;
}

/** Checks or unchecks an option of a multiple-choice question, keeping the order the options are shown in. */
export function toggleOption(
  ids: readonly string[],
  optionId: string,
  checked: boolean,
  shownOrder: readonly string[],
): string[] {
  const chosen = new Set(ids);
  if (checked) chosen.add(optionId);
  else chosen.delete(optionId);
  return shownOrder.filter((id) => chosen.has(id));
}

interface Described {
  optionIds: readonly string[];
  texts?: readonly string[];
  text?: string | null;
  pairs: readonly { optionId: string; targetId: string }[];
}

/**
 * An answer (the learner's, or the correct one the review shows) as readable lines: the chosen options' texts in
 * order, "left → right" per matching pair, or the typed texts.
 */
export function describeAnswer(
  question: Pick<AttemptQuestionFieldsFragment, 'type' | 'options' | 'matchTargets'>,
  answer: Described | null,
): string[] {
  if (!answer) return [];
  const text = new Map(
    [...question.options, ...question.matchTargets].map((entry) => [entry.id, entry.text.text]),
  );
  if (question.type === 'MATCHING') {
    return answer.pairs.map(
      (pair) => `${text.get(pair.optionId) ?? '?'} → ${text.get(pair.targetId) ?? '?'}`,
    );
  }
  if (question.type === 'SHORT_ANSWER') {
    return [...(answer.texts ?? []), ...(answer.text ? [answer.text] : [])];
  }
  return answer.optionIds.map((id) => text.get(id) ?? '?');
}
