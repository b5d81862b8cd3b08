import { QuestionType, type Locale, type QuestionData, type TranslatedText } from '@parity/curriculum';
import { localizeHtml, type LocalizedText } from '@parity/learning';
import type { DrawnQuestion } from '../drawing/drawn-question';
import type { CorrectAnswerType } from '../dto/correct-answer.type';

/**
 * The feedback a learner reads for one question (sanitised HTML): the general text and the one for a right or wrong
 * answer, one after the other.
 */
export function feedbackFor(
  question: QuestionData,
  correct: boolean | null,
  locale: Locale,
): LocalizedText | null {
  const { general, correct: right, incorrect } = question.feedback;
  const parts: TranslatedText[] = [general];
  if (correct === true) parts.push(right);
  if (correct === false) parts.push(incorrect);
  const texts = parts.map((part) => localizeHtml(part, locale)).filter((text) => text.text.trim());
  const [first] = texts;
  if (!first) return null;
  return {
    text: texts.map((text) => text.text).join('\n\n'),
    locale: first.locale,
    transliterated: texts.some((text) => text.transliterated),
  };
}

/** The correct answer in the attempt's opaque ids (accepted answers in the attempt's language, else all). */
export function correctAnswerFor(
  question: QuestionData,
  drawn: DrawnQuestion,
  locale: Locale,
): CorrectAnswerType {
  const optionOf = new Map(drawn.options.map((option) => [option.choiceId, option.id]));
  const answer: CorrectAnswerType = { optionIds: [], texts: [], pairs: [] };
  switch (question.type) {
    case QuestionType.SINGLE_CHOICE:
    case QuestionType.MULTIPLE_CHOICE:
    case QuestionType.TRUE_FALSE:
      answer.optionIds = question.choices
        .filter((choice) => choice.correct === true)
        .flatMap((choice) => optionOf.get(choice.id) ?? []);
      break;
    case QuestionType.ORDERING:
      answer.optionIds = [...question.choices]
        .sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
        .flatMap((choice) => optionOf.get(choice.id) ?? []);
      break;
    case QuestionType.SHORT_ANSWER: {
      const own = question.acceptedAnswers[locale] ?? [];
      answer.texts = own.length ? own : Object.values(question.acceptedAnswers).flatMap((list) => list ?? []);
      break;
    }
    case QuestionType.MATCHING:
      answer.pairs = drawn.targets.flatMap((target) => {
        const optionId = optionOf.get(target.choiceId);
        return optionId ? [{ optionId, targetId: target.id }] : [];
      });
      break;
    case QuestionType.LIKERT:
      break;
    default: {
      const unknown: never = question.type;
      throw new Error(`No correct answer for question type ${String(unknown)}`);
    }
  }
  return answer;
}
