import { z } from 'zod';
import { PartialCreditRule } from '../bank/partial-credit.enum';
import { QuestionType } from '../bank/question-type.enum';
import { CountingRule } from '../quiz/counting-rule.enum';
import { QuizKind } from '../quiz/quiz-kind.enum';
import { RevealPolicy } from '../quiz/reveal-policy.enum';
import { LOCALES } from '../translation/locale';

const text = (max: number) => z.record(z.enum(LOCALES), z.string().max(max));

const choice = z
  .object({
    id: z.string().min(1).max(64),
    text: text(2000),
    correct: z.boolean().optional(),
    match: text(2000).optional(),
    order: z.number().int().min(0).max(100).optional(),
  })
  .strict();

/** A frozen question inside a package. */
export const packagedQuestionSchema = z
  .object({
    id: z.string().min(1).max(64),
    bankId: z.string().max(64),
    category: z.string().max(100).nullable(),
    type: z.nativeEnum(QuestionType),
    prompt: text(20_000),
    choices: z.array(choice).max(50),
    acceptedAnswers: z.record(z.enum(LOCALES), z.array(z.string().max(500)).max(50)),
    caseSensitive: z.boolean(),
    diacriticSensitive: z.boolean(),
    partialCredit: z.nativeEnum(PartialCreditRule),
    feedback: z.object({ general: text(5000), correct: text(5000), incorrect: text(5000) }).strict(),
    points: z.number().min(0).max(1000),
    rev: z.number().int().min(1),
  })
  .strict();

/** A frozen quiz inside a package: settings, selection (with the questions each item can use), and its questions. */
export const packagedQuizSchema = z
  .object({
    id: z.string().min(1).max(64),
    title: text(300),
    kind: z.nativeEnum(QuizKind),
    passingScore: z.number().int().min(0).max(100).nullable(),
    attemptsAllowed: z.number().int().min(1).max(100).nullable(),
    countingRule: z.nativeEnum(CountingRule),
    timeLimitSeconds: z
      .number()
      .int()
      .min(1)
      .max(24 * 3600)
      .nullable(),
    shuffleQuestions: z.boolean(),
    shuffleChoices: z.boolean(),
    feedbackPolicy: z.nativeEnum(RevealPolicy),
    answersPolicy: z.nativeEnum(RevealPolicy),
    pairedQuizId: z.string().max(64).nullable(),
    items: z
      .array(
        z
          .object({
            questionId: z.string().max(64).nullable(),
            bankId: z.string().max(64),
            category: z.string().max(100).nullable(),
            count: z.number().int().min(1).max(500).nullable(),
            questionIds: z.array(z.string().max(64)).max(2000),
          })
          .strict(),
      )
      .max(500),
    questions: z.array(packagedQuestionSchema).max(2000),
  })
  .strict();

export type PackagedQuiz = z.infer<typeof packagedQuizSchema>;
export type PackagedQuestion = z.infer<typeof packagedQuestionSchema>;
