import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { LOCALES } from '../translation/locale';
import type { TranslatedText } from '../translation/translated-text';
import { plainTranslations, richTranslations } from '../translation/translation-input.schema';
import { sanitizePlainText } from '../content/plain-text';
import { PartialCreditRule } from './partial-credit.enum';
import type { AcceptedAnswers, QuestionChoice } from './question-data';
import type { QuestionContent } from './question.entity';
import { QuestionType } from './question-type.enum';

const CHOICE_TEXT_MAX = 1000;
const ANSWER_MAX = 200;
const nonEmpty = (value: TranslatedText): boolean => Object.keys(value).length > 0;

const choice = z.object({
  id: z.string().trim().min(1).max(64).nullish(),
  text: plainTranslations(CHOICE_TEXT_MAX).nullish(),
  correct: z.boolean().nullish(),
  match: plainTranslations(CHOICE_TEXT_MAX).nullish(),
});

const feedback = z.object({
  general: richTranslations.nullish(),
  correct: richTranslations.nullish(),
  incorrect: richTranslations.nullish(),
});

const acceptedAnswers = z
  .array(z.object({ locale: z.enum(LOCALES), text: z.string().max(ANSWER_MAX * 2) }))
  .max(LOCALES.length * 20);

const questionFields = z.object({
  type: z.nativeEnum(QuestionType),
  category: z.string().trim().min(1).max(100).nullish(),
  prompt: richTranslations.refine(nonEmpty, 'REQUIRED'),
  choices: z.array(choice).max(20).nullish(),
  trueFalseAnswer: z.boolean().nullish(),
  acceptedAnswers: acceptedAnswers.nullish(),
  caseSensitive: z.boolean().nullish(),
  diacriticSensitive: z.boolean().nullish(),
  partialCredit: z.nativeEnum(PartialCreditRule).nullish(),
  feedback: feedback.nullish(),
  points: z.number().int().min(0).max(100).nullish(),
});
type QuestionFields = z.infer<typeof questionFields>;

type Problem = (path: (string | number)[], code: string) => void;

const CHOICE_TYPES = [QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE];

/** The rules each type adds (counts of choices, which flags it needs, what it must not have). */
function checkType(input: QuestionFields, problem: Problem): void {
  const choices = input.choices ?? [];
  const correct = choices.filter((c) => c.correct).length;
  const count = (min: number, max: number) => {
    if (choices.length < min) problem(['choices'], 'TOO_SHORT');
    if (choices.length > max) problem(['choices'], 'TOO_LONG');
  };
  choices.forEach((c, index) => {
    if (input.type !== QuestionType.TRUE_FALSE && !nonEmpty(c.text ?? {}))
      problem(['choices', index, 'text'], 'REQUIRED');
    if (c.correct && !CHOICE_TYPES.includes(input.type)) problem(['choices', index, 'correct'], 'INVALID');
    if (input.type === QuestionType.MATCHING && !nonEmpty(c.match ?? {}))
      problem(['choices', index, 'match'], 'REQUIRED');
    if (input.type !== QuestionType.MATCHING && c.match && nonEmpty(c.match))
      problem(['choices', index, 'match'], 'INVALID');
  });
  const ids = choices.map((c) => c.id).filter(Boolean);
  if (new Set(ids).size !== ids.length) problem(['choices'], 'INVALID');
  if (input.type !== QuestionType.SHORT_ANSWER && input.acceptedAnswers?.length)
    problem(['acceptedAnswers'], 'INVALID');
  if (input.type !== QuestionType.TRUE_FALSE && input.trueFalseAnswer != null)
    problem(['trueFalseAnswer'], 'INVALID');
  if (input.type !== QuestionType.MULTIPLE_CHOICE && input.partialCredit === PartialCreditRule.PROPORTIONAL)
    problem(['partialCredit'], 'INVALID');
  switch (input.type) {
    case QuestionType.SINGLE_CHOICE:
      count(2, 20);
      if (correct !== 1) problem(['choices'], 'INVALID');
      break;
    case QuestionType.MULTIPLE_CHOICE:
      count(2, 20);
      if (correct < 1) problem(['choices'], 'INVALID');
      break;
    case QuestionType.TRUE_FALSE:
      if (choices.length) problem(['choices'], 'INVALID');
      if (input.trueFalseAnswer == null) problem(['trueFalseAnswer'], 'REQUIRED');
      break;
    case QuestionType.SHORT_ANSWER:
      if (choices.length) problem(['choices'], 'INVALID');
      if (!input.acceptedAnswers?.some((answer) => answer.text.trim()))
        problem(['acceptedAnswers'], 'REQUIRED');
      break;
    case QuestionType.MATCHING:
    case QuestionType.ORDERING:
      count(2, 20);
      break;
    case QuestionType.LIKERT:
      count(3, 7);
      if (input.points) problem(['points'], 'INVALID');
      break;
  }
}

function toAcceptedAnswers(entries: { locale: (typeof LOCALES)[number]; text: string }[]): AcceptedAnswers {
  const result: AcceptedAnswers = {};
  for (const { locale, text } of entries) {
    const clean = sanitizePlainText(text, ANSWER_MAX);
    if (!clean) continue;
    const list = (result[locale] ??= []);
    if (!list.includes(clean) && list.length < 20) list.push(clean);
  }
  return result;
}

function toChoices(input: QuestionFields): QuestionChoice[] {
  if (input.type === QuestionType.TRUE_FALSE) {
    return [
      { id: 'true', text: {}, correct: input.trueFalseAnswer === true },
      { id: 'false', text: {}, correct: input.trueFalseAnswer === false },
    ];
  }
  return (input.choices ?? []).map((c, index) => {
    const base = { id: c.id ?? randomUUID(), text: c.text ?? {} };
    switch (input.type) {
      case QuestionType.SINGLE_CHOICE:
      case QuestionType.MULTIPLE_CHOICE:
        return { ...base, correct: Boolean(c.correct) };
      case QuestionType.MATCHING:
        return { ...base, match: c.match ?? {} };
      case QuestionType.ORDERING:
        return { ...base, order: index };
      default:
        return base;
    }
  });
}

/**
 * A question from the client, validated for its type and normalised to what is stored: single choice has exactly
 * one correct choice, multiple at least one; true/false takes `trueFalseAnswer`; short answer needs accepted answers;
 * matching and ordering at least two items (ordering: the choices in their correct order); Likert 3–7 scale labels
 * and no points.
 */
export const questionSchema = questionFields
  .superRefine((input, ctx) =>
    checkType(input, (path, code) => ctx.addIssue({ code: 'custom', path, message: code })),
  )
  .transform(
    (input): QuestionContent => ({
      type: input.type,
      category: input.category ?? null,
      prompt: input.prompt,
      choices: toChoices(input),
      acceptedAnswers:
        input.type === QuestionType.SHORT_ANSWER ? toAcceptedAnswers(input.acceptedAnswers ?? []) : {},
      caseSensitive: input.type === QuestionType.SHORT_ANSWER && Boolean(input.caseSensitive),
      diacriticSensitive: input.type === QuestionType.SHORT_ANSWER && Boolean(input.diacriticSensitive),
      partialCredit:
        input.type === QuestionType.MULTIPLE_CHOICE
          ? (input.partialCredit ?? PartialCreditRule.NONE)
          : PartialCreditRule.NONE,
      feedback: {
        general: input.feedback?.general ?? {},
        correct: input.feedback?.correct ?? {},
        incorrect: input.feedback?.incorrect ?? {},
      },
      points: input.type === QuestionType.LIKERT ? 0 : (input.points ?? 1),
    }),
  );

/** A whole question again (it replaces the stored one) and the revision it was based on. */
export const questionUpdateSchema = z.object({ expectedRev: z.number().int().min(1) }).and(questionSchema);
