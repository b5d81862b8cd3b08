import { PartialCreditRule, QuestionType, type QuestionData } from '@parity/curriculum';
import type { GradableResponse } from './gradable-response';
import { normalizeAnswer } from './normalize-answer';
import type { QuestionGrade } from './question-grade';

const round = (value: number): number => Math.round(value * 10_000) / 10_000;

/** Earned points for a fraction of the question (0..1); correct only when the whole is right. */
function graded(question: QuestionData, fraction: number): QuestionGrade {
  const bounded = Math.min(1, Math.max(0, fraction));
  return {
    earnedPoints: round(question.points * bounded),
    maxPoints: question.points,
    correct: bounded === 1,
  };
}

/** Single choice and true/false: exactly one choice, and a correct one. */
export function gradeSingle(question: QuestionData, response: GradableResponse): QuestionGrade {
  const [only, ...more] = response.choiceIds;
  const choice = question.choices.find((candidate) => candidate.id === only);
  return graded(question, more.length === 0 && choice?.correct === true ? 1 : 0);
}

/**
 * Multiple choice: all or nothing (exactly the correct set), or proportional: (right − wrong choices) / correct
 * choices, floored at 0.
 */
export function gradeMultiple(question: QuestionData, response: GradableResponse): QuestionGrade {
  const selected = new Set(response.choiceIds);
  const correct = question.choices.filter((choice) => choice.correct === true);
  const right = correct.filter((choice) => selected.has(choice.id)).length;
  const wrong = question.choices.filter(
    (choice) => choice.correct !== true && selected.has(choice.id),
  ).length;
  const exact = right === correct.length && wrong === 0;
  if (question.partialCredit !== PartialCreditRule.PROPORTIONAL || correct.length === 0) {
    return graded(question, exact ? 1 : 0);
  }
  return graded(question, (right - wrong) / correct.length);
}

/** Short answer: the text equals an accepted answer of any language, per the question's case and diacritic flags. */
export function gradeShortAnswer(question: QuestionData, response: GradableResponse): QuestionGrade {
  const flags = { caseSensitive: question.caseSensitive, diacriticSensitive: question.diacriticSensitive };
  const given = normalizeAnswer(response.text ?? '', flags);
  if (!given) return graded(question, 0);
  const accepted = Object.values(question.acceptedAnswers).flatMap((list) => list ?? []);
  return graded(question, accepted.some((answer) => normalizeAnswer(answer, flags) === given) ? 1 : 0);
}

const sameText = (a: object | undefined, b: object | undefined): boolean =>
  a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b);

/**
 * Matching: each left item paired with its own match text (or an identical one). Proportional credit gives the share
 * of right pairs; otherwise all or nothing.
 */
export function gradeMatching(question: QuestionData, response: GradableResponse): QuestionGrade {
  const items = question.choices.filter((choice) => choice.match && Object.keys(choice.match).length > 0);
  const byId = new Map(question.choices.map((choice) => [choice.id, choice]));
  const right = items.filter((item) => {
    const pair = response.pairs.find((candidate) => candidate.choiceId === item.id);
    if (!pair) return false;
    return pair.targetChoiceId === item.id || sameText(byId.get(pair.targetChoiceId)?.match, item.match);
  }).length;
  if (items.length === 0) return graded(question, 0);
  const fraction = right / items.length;
  return graded(
    question,
    question.partialCredit === PartialCreditRule.PROPORTIONAL ? fraction : Math.floor(fraction),
  );
}

/** Ordering: the items in their correct order. Proportional credit gives the share of items at their right place. */
export function gradeOrdering(question: QuestionData, response: GradableResponse): QuestionGrade {
  const correct = [...question.choices]
    .sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
    .map((choice) => choice.id);
  if (correct.length === 0) return graded(question, 0);
  const placed = correct.filter((id, index) => response.choiceIds[index] === id).length;
  const fraction = placed / correct.length;
  return graded(
    question,
    question.partialCredit === PartialCreditRule.PROPORTIONAL ? fraction : Math.floor(fraction),
  );
}

/** Likert: an attitude, not knowledge: no points, no right answer. */
export function gradeLikert(): QuestionGrade {
  return { earnedPoints: 0, maxPoints: 0, correct: null };
}

/** Grades one answer by its question's type (the question as frozen in the published version). */
export function gradeQuestion(question: QuestionData, response: GradableResponse): QuestionGrade {
  switch (question.type) {
    case QuestionType.SINGLE_CHOICE:
    case QuestionType.TRUE_FALSE:
      return gradeSingle(question, response);
    case QuestionType.MULTIPLE_CHOICE:
      return gradeMultiple(question, response);
    case QuestionType.SHORT_ANSWER:
      return gradeShortAnswer(question, response);
    case QuestionType.MATCHING:
      return gradeMatching(question, response);
    case QuestionType.ORDERING:
      return gradeOrdering(question, response);
    case QuestionType.LIKERT:
      return gradeLikert();
    default: {
      const unknown: never = question.type;
      throw new Error(`No grading rule for question type ${String(unknown)}`);
    }
  }
}
