import type { Locale } from '../translation/locale';
import type { TranslatedText } from '../translation/translated-text';
import type { PartialCreditRule } from './partial-credit.enum';
import type { QuestionType } from './question-type.enum';

/**
 * One choice of a question, with a stable id. `correct` for single, multiple and true/false; `match` (the right-hand
 * text) for matching; `order` (the correct position) for ordering; a Likert choice is a scale label.
 */
export interface QuestionChoice {
  id: string;
  text: TranslatedText;
  correct?: boolean;
  match?: TranslatedText;
  order?: number;
}

/** Feedback shown to the learner (when the quiz's feedback policy allows). */
export interface QuestionFeedback {
  general: TranslatedText;
  correct: TranslatedText;
  incorrect: TranslatedText;
}

/** Accepted answers of a short-answer question, per language. */
export type AcceptedAnswers = Partial<Record<Locale, string[]>>;

/** A question's whole content: what a bank holds and what a published version freezes. */
export interface QuestionData {
  id: string;
  bankId: string;
  category: string | null;
  type: QuestionType;
  prompt: TranslatedText;
  choices: QuestionChoice[];
  acceptedAnswers: AcceptedAnswers;
  caseSensitive: boolean;
  diacriticSensitive: boolean;
  partialCredit: PartialCreditRule;
  feedback: QuestionFeedback;
  points: number;
  rev: number;
}

/** Every text a learner reads in the question (accepted answers count too: without them it cannot be marked). */
export function questionTexts(question: QuestionData): TranslatedText[] {
  const answers: TranslatedText = {};
  for (const [locale, list] of Object.entries(question.acceptedAnswers) as [Locale, string[]][]) {
    if (list.length) answers[locale] = list.join('\n');
  }
  return [
    question.prompt,
    ...question.choices.flatMap((choice) => [choice.text, choice.match ?? {}]),
    question.feedback.general,
    question.feedback.correct,
    question.feedback.incorrect,
    answers,
  ];
}
