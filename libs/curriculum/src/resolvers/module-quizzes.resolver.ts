import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import { loadManyBy, type GqlContext } from '@parity/identity';
import { ModuleType } from '../dto/module.type';
import { QuizType } from '../dto/quiz.type';
import type { CourseModule } from '../outline/course-module.entity';
import { Quiz } from '../quiz/quiz.entity';

/** Module.quizzes: batched per request (one query for every module of the page). */
@Resolver(() => ModuleType)
export class ModuleQuizzesResolver {
  constructor(private readonly em: EntityManager) {}

  @ResolveField('quizzes', () => [QuizType])
  quizzes(@Parent() module: CourseModule, @Context() ctx: GqlContext): Promise<Quiz[]> {
    return loadManyBy(
      ctx.loaders,
      'Quiz.byModule',
      module.id,
      (ids) => this.em.find(Quiz, { module: { $in: [...ids] } }, { orderBy: { position: 'asc' } }),
      (quiz) => quiz.module.id,
    );
  }
}
