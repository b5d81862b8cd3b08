import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import { loadById, loadManyBy, type GqlContext } from '@parity/identity';
import type { QuestionData } from '../bank/question-data';
import { BankQuestionType } from '../dto/bank-question.type';
import { QuizItemType } from '../dto/quiz-item.type';
import { QuizType } from '../dto/quiz.type';
import { TranslationType } from '../dto/translation.type';
import { CourseModule } from '../outline/course-module.entity';
import { frozenQuiz } from '../quiz/frozen-quiz';
import { assembleQuizzes, loadItemQuestions } from '../quiz/quiz-content';
import { QuizItem } from '../quiz/quiz-item.entity';
import { Quiz } from '../quiz/quiz.entity';
import { toTranslationList } from '../translation/translation-input.schema';
import { CourseVersion } from '../version/course-version.entity';

@Resolver(() => QuizType)
export class QuizFieldsResolver {
  constructor(private readonly em: EntityManager) {}

  @ResolveField('title', () => [TranslationType])
  title(@Parent() quiz: Quiz): TranslationType[] {
    return toTranslationList(quiz.title);
  }

  private items(quiz: Quiz, ctx: GqlContext): Promise<QuizItem[]> {
    return loadManyBy(
      ctx.loaders,
      'QuizItem.byQuiz',
      quiz.id,
      (ids) => this.em.find(QuizItem, { quiz: { $in: [...ids] } }, { orderBy: { position: 'asc' } }),
      (item) => item.quiz.id,
    );
  }

  @ResolveField('items', () => [QuizItemType])
  itemList(@Parent() quiz: Quiz, @Context() ctx: GqlContext): Promise<QuizItem[]> {
    return this.items(quiz, ctx);
  }

  @ResolveField('questions', () => [BankQuestionType])
  async questions(@Parent() quiz: Quiz, @Context() ctx: GqlContext): Promise<QuestionData[]> {
    const module = await loadById(ctx.loaders, this.em, CourseModule, quiz.module.id);
    const version = await loadById(ctx.loaders, this.em, CourseVersion, module.version.id);
    if (!version.editable && version.snapshotHash) {
      const snapshot = await ctx.loaders
        .get<string, Record<string, unknown> | null>('CourseVersion.snapshot', async (ids) => {
          const rows = await this.em.find(
            CourseVersion,
            { id: { $in: [...ids] } },
            { fields: ['id', 'snapshot'] },
          );
          return ids.map((id) => rows.find((row) => row.id === id)?.snapshot ?? null);
        })
        .load(version.id);
      return frozenQuiz(snapshot, quiz.id)?.questions ?? [];
    }
    return ctx.loaders
      .get<string, QuestionData[]>('Quiz.questions', async (ids) => {
        const quizzes = await this.em.find(Quiz, { id: { $in: [...ids] } });
        const items = await this.em.find(
          QuizItem,
          { quiz: { $in: [...ids] } },
          { orderBy: { position: 'asc' } },
        );
        const content = assembleQuizzes(quizzes, items, await loadItemQuestions(this.em, items));
        return ids.map((id) => content.find((entry) => entry.quiz.id === id)?.questions ?? []);
      })
      .load(quiz.id);
  }
}
