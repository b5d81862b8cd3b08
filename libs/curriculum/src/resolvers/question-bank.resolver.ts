import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '@parity/identity';
import { BankQueryService } from '../bank/bank-query.service';
import type { QuestionData } from '../bank/question-data';
import type { QuestionBank } from '../bank/question-bank.entity';
import { QuestionBankService } from '../bank/question-bank.service';
import { QuestionService } from '../bank/question.service';
import { BankQuestionType } from '../dto/bank-question.type';
import { CreateQuestionBankInput } from '../dto/create-question-bank.input';
import { QuestionBankConnectionType } from '../dto/question-bank-connection.type';
import { QuestionBankType } from '../dto/question-bank.type';
import { QuestionInput } from '../dto/question.input';
import { UpdateQuestionBankInput } from '../dto/update-question-bank.input';

const ID_ARG = { type: () => ID };

@Resolver(() => QuestionBankType)
export class QuestionBankResolver {
  constructor(
    private readonly banks: QuestionBankService,
    private readonly questions: QuestionService,
    private readonly queries: BankQueryService,
  ) {}

  @Query(() => QuestionBankConnectionType, {
    description:
      'Question banks the caller may read (own institution’s, and those shared by others), newest first.',
  })
  async questionBanks(
    @Context() ctx: GqlContext,
    @Args('search', { type: () => String, nullable: true }) search?: string | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<QuestionBankConnectionType> {
    const page = await this.queries.list(ctx.actor, { search, first, after });
    return {
      nodes: page.nodes as unknown as QuestionBankType[],
      pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
      totalCount: page.totalCount,
    };
  }

  @Query(() => QuestionBankType)
  questionBank(@Args('id', ID_ARG) id: string, @Context() ctx: GqlContext): Promise<QuestionBank> {
    return this.queries.get(ctx.actor, id);
  }

  @Mutation(() => QuestionBankType)
  createQuestionBank(
    @Args('input', { type: () => CreateQuestionBankInput }) input: CreateQuestionBankInput,
    @Context() ctx: GqlContext,
  ): Promise<QuestionBank> {
    return this.banks.create(ctx.actor, input);
  }

  @Mutation(() => QuestionBankType, { description: 'Saves if nobody saved the bank since expectedRev.' })
  updateQuestionBank(
    @Args('id', ID_ARG) id: string,
    @Args('input', { type: () => UpdateQuestionBankInput }) input: UpdateQuestionBankInput,
    @Context() ctx: GqlContext,
  ): Promise<QuestionBank> {
    return this.banks.update(ctx.actor, id, input);
  }

  @Mutation(() => BankQuestionType)
  async addQuestion(
    @Args('bankId', ID_ARG) bankId: string,
    @Args('input', { type: () => QuestionInput }) input: QuestionInput,
    @Context() ctx: GqlContext,
  ): Promise<QuestionData> {
    return (await this.questions.add(ctx.actor, bankId, input)).toData();
  }

  @Mutation(() => BankQuestionType, {
    description: 'Replaces a question if nobody saved it since expectedRev (else EDIT_CONFLICT).',
  })
  async updateQuestion(
    @Args('id', ID_ARG) id: string,
    @Args('input', { type: () => QuestionInput }) input: QuestionInput,
    @Context() ctx: GqlContext,
  ): Promise<QuestionData> {
    return (
      await this.questions.update(ctx.actor, id, { ...input, expectedRev: input.expectedRev ?? 0 })
    ).toData();
  }

  @Mutation(() => Boolean, { description: 'Published versions keep their frozen copy of the question.' })
  deleteQuestion(
    @Args('id', ID_ARG) id: string,
    @Args('expectedRev', { type: () => Int }) expectedRev: number,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    return this.questions.delete(ctx.actor, id, expectedRev);
  }
}
