import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import { loadManyBy, type GqlContext } from '@parity/identity';
import { LessonType } from '../dto/lesson.type';
import { ModuleType } from '../dto/module.type';
import { TranslationType } from '../dto/translation.type';
import type { CourseModule } from '../outline/course-module.entity';
import { Lesson } from '../outline/lesson.entity';
import { toTranslationList } from '../translation/translation-input.schema';

@Resolver(() => ModuleType)
export class ModuleFieldsResolver {
  constructor(private readonly em: EntityManager) {}

  @ResolveField('title', () => [TranslationType])
  title(@Parent() module: CourseModule): TranslationType[] {
    return toTranslationList(module.title);
  }

  @ResolveField('summary', () => [TranslationType])
  summary(@Parent() module: CourseModule): TranslationType[] {
    return toTranslationList(module.summary);
  }

  @ResolveField('lessons', () => [LessonType])
  lessons(@Parent() module: CourseModule, @Context() ctx: GqlContext): Promise<Lesson[]> {
    return loadManyBy(
      ctx.loaders,
      'Lesson.byModule',
      module.id,
      (ids) => this.em.find(Lesson, { module: { $in: [...ids] } }, { orderBy: { position: 'asc' } }),
      (lesson) => lesson.module.id,
    );
  }
}
