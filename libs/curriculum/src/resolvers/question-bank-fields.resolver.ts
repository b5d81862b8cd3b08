import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import { Institution, InstitutionType, loadById, loadManyBy, type GqlContext } from '@parity/identity';
import { BankAccess } from '../bank/bank-access.service';
import type { QuestionData } from '../bank/question-data';
import type { QuestionBank } from '../bank/question-bank.entity';
import { Question } from '../bank/question.entity';
import { BankQuestionType } from '../dto/bank-question.type';
import { QuestionBankType } from '../dto/question-bank.type';
import { TranslationType } from '../dto/translation.type';
import { toTranslationList } from '../translation/translation-input.schema';

@Resolver(() => QuestionBankType)
export class QuestionBankFieldsResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly access: BankAccess,
  ) {}

  @ResolveField('name', () => [TranslationType])
  name(@Parent() bank: QuestionBank): TranslationType[] {
    return toTranslationList(bank.name);
  }

  @ResolveField('ownerInstitution', () => InstitutionType)
  ownerInstitution(@Parent() bank: QuestionBank, @Context() ctx: GqlContext): Promise<Institution> {
    return loadById(ctx.loaders, this.em, Institution, bank.ownerInstitution.id);
  }

  @ResolveField('canEdit', () => Boolean)
  canEdit(@Parent() bank: QuestionBank, @Context() ctx: GqlContext): boolean {
    return this.access.canEdit(ctx.actor, bank);
  }

  @ResolveField('questions', () => [BankQuestionType], {
    description: 'Oldest first; optionally one category.',
  })
  async questions(
    @Parent() bank: QuestionBank,
    @Context() ctx: GqlContext,
    @Args('category', { type: () => String, nullable: true }) category?: string | null,
  ): Promise<QuestionData[]> {
    const rows = await loadManyBy(
      ctx.loaders,
      'Question.byBank',
      bank.id,
      (ids) =>
        this.em.find(Question, { bank: { $in: [...ids] } }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
      (question) => question.bank.id,
    );
    return rows.filter((row) => !category || row.category === category).map((row) => row.toData());
  }
}
