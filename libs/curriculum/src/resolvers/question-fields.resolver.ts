import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import { loadById, type GqlContext } from '@parity/identity';
import { BankAccess } from '../bank/bank-access.service';
import type { QuestionData } from '../bank/question-data';
import { QuestionBank } from '../bank/question-bank.entity';
import { QuestionType } from '../bank/question-type.enum';
import { AnswerKeyType } from '../dto/answer-key.type';
import { BankQuestionType } from '../dto/bank-question.type';
import { QuestionChoiceType } from '../dto/question-choice.type';
import { QuestionFeedbackType } from '../dto/question-feedback.type';
import { TranslationType } from '../dto/translation.type';
import { LOCALES } from '../translation/locale';
import { toTranslationList } from '../translation/translation-input.schema';

/** A question's fields for the studio; the answer key only for those who may edit its bank. */
@Resolver(() => BankQuestionType)
export class QuestionFieldsResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly access: BankAccess,
  ) {}

  @ResolveField('prompt', () => [TranslationType])
  prompt(@Parent() question: QuestionData): TranslationType[] {
    return toTranslationList(question.prompt);
  }

  @ResolveField('choices', () => [QuestionChoiceType])
  choices(@Parent() question: QuestionData): QuestionChoiceType[] {
    return question.choices.map((choice) => ({ id: choice.id, text: toTranslationList(choice.text) }));
  }

  @ResolveField('feedback', () => QuestionFeedbackType)
  feedback(@Parent() question: QuestionData): QuestionFeedbackType {
    return {
      general: toTranslationList(question.feedback.general),
      correct: toTranslationList(question.feedback.correct),
      incorrect: toTranslationList(question.feedback.incorrect),
    };
  }

  @ResolveField('answerKey', () => AnswerKeyType, { nullable: true })
  async answerKey(
    @Parent() question: QuestionData,
    @Context() ctx: GqlContext,
  ): Promise<AnswerKeyType | null> {
    const bank = await loadById(ctx.loaders, this.em, QuestionBank, question.bankId).catch(() => null);
    if (!bank || !this.access.canEdit(ctx.actor, bank)) return null;
    const ordering = question.type === QuestionType.ORDERING;
    return {
      correctChoiceIds: question.choices.filter((choice) => choice.correct).map((choice) => choice.id),
      matches: question.choices
        .filter((choice) => choice.match)
        .map((choice) => ({ choiceId: choice.id, match: toTranslationList(choice.match ?? {}) })),
      order: ordering
        ? [...question.choices].sort((a, b) => (a.order ?? 0) - (b.order ?? 0)).map((choice) => choice.id)
        : [],
      acceptedAnswers: LOCALES.flatMap((locale) =>
        (question.acceptedAnswers[locale] ?? []).map((text) => ({ locale, text })),
      ),
      caseSensitive: question.caseSensitive,
      diacriticSensitive: question.diacriticSensitive,
    };
  }
}
