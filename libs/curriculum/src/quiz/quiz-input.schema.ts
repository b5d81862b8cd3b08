import { z } from 'zod';
import { plainTranslations } from '../translation/translation-input.schema';
import type { TranslatedText } from '../translation/translated-text';
import { CountingRule } from './counting-rule.enum';
import type { QuizItemSpec } from './quiz-item.entity';
import { QuizKind } from './quiz-kind.enum';
import type { QuizSettings } from './quiz.entity';
import { RevealPolicy } from './reveal-policy.enum';

const nonEmpty = (value: TranslatedText): boolean => Object.keys(value).length > 0;

const quizFields = z.object({
  title: plainTranslations(300).refine(nonEmpty, 'REQUIRED'),
  kind: z.nativeEnum(QuizKind),
  passingScore: z.number().int().min(0).max(100).nullish(),
  attemptsAllowed: z.number().int().min(1).max(100).nullish(),
  countingRule: z.nativeEnum(CountingRule).nullish(),
  timeLimitSeconds: z.number().int().min(30).max(86_400).nullish(),
  shuffleQuestions: z.boolean().nullish(),
  shuffleChoices: z.boolean().nullish(),
  feedbackPolicy: z.nativeEnum(RevealPolicy).nullish(),
  answersPolicy: z.nativeEnum(RevealPolicy).nullish(),
  pairedQuizId: z.string().uuid().nullish(),
});

/**
 * A quiz's settings (all of them: a save replaces them). A survey has no passing score; every other kind needs one.
 * Only a pre-test or a post-test can be paired.
 */
export const quizSchema = quizFields
  .superRefine((input, ctx) => {
    const survey = input.kind === QuizKind.SURVEY;
    if (survey && input.passingScore != null)
      ctx.addIssue({ code: 'custom', path: ['passingScore'], message: 'INVALID' });
    if (!survey && input.passingScore == null)
      ctx.addIssue({ code: 'custom', path: ['passingScore'], message: 'REQUIRED' });
    if (input.pairedQuizId && ![QuizKind.PRE_TEST, QuizKind.POST_TEST].includes(input.kind))
      ctx.addIssue({ code: 'custom', path: ['pairedQuizId'], message: 'INVALID' });
  })
  .transform((input): QuizSettings & { pairedQuizId: string | null } => ({
    title: input.title,
    kind: input.kind,
    passingScore: input.passingScore ?? null,
    attemptsAllowed: input.attemptsAllowed ?? null,
    countingRule: input.countingRule ?? CountingRule.HIGHEST,
    timeLimitSeconds: input.timeLimitSeconds ?? null,
    shuffleQuestions: input.shuffleQuestions ?? false,
    shuffleChoices: input.shuffleChoices ?? false,
    feedbackPolicy: input.feedbackPolicy ?? RevealPolicy.AFTER_EACH_ATTEMPT,
    answersPolicy: input.answersPolicy ?? RevealPolicy.NEVER,
    pairedQuizId: input.pairedQuizId ?? null,
  }));

export const quizUpdateSchema = z.object({ expectedRev: z.number().int().min(1) }).and(quizSchema);

const item = z
  .object({
    questionId: z.string().uuid().nullish(),
    bankId: z.string().uuid().nullish(),
    category: z.string().trim().min(1).max(100).nullish(),
    count: z.number().int().min(1).max(100).nullish(),
  })
  .superRefine((input, ctx) => {
    if (input.questionId && (input.count != null || input.category))
      ctx.addIssue({ code: 'custom', path: ['questionId'], message: 'INVALID' });
    if (!input.questionId && !input.bankId)
      ctx.addIssue({ code: 'custom', path: ['bankId'], message: 'REQUIRED' });
    if (!input.questionId && input.count == null)
      ctx.addIssue({ code: 'custom', path: ['count'], message: 'REQUIRED' });
  });

/** The question selection: fixed questions (questionId) and random draws (bankId, optional category, count). */
export const quizItemsSchema = z.object({
  expectedRev: z.number().int().min(1),
  items: z.array(item).max(200),
});

export type QuizItemInput = Omit<QuizItemSpec, 'bankId'> & { bankId: string | null };
