import type { QuestionType } from '@parity/curriculum';

/** An option or match target as the learner sees it: an opaque id per attempt, mapped to the question's choice. */
export interface DrawnOption {
  id: string;
  choiceId: string;
}

/**
 * One question drawn for an attempt, in the attempt's order. `key`, option ids and target ids are random per attempt
 * (never the bank's ids), so nothing a learner receives can be related to the stored answer key.
 */
export interface DrawnQuestion {
  key: string;
  questionId: string;
  /** Kept so an autosave is validated without reading the version's snapshot. */
  type: QuestionType;
  /** Choices (single, multiple, true/false, Likert), left items (matching) or items to order, in display order. */
  options: DrawnOption[];
  /** Matching only: the right-hand texts in display order (choiceId: the choice whose `match` it is). */
  targets: DrawnOption[];
}
