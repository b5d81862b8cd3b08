import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import { loadManyBy, type GqlContext } from '@parity/identity';
import { CourseVersionType } from '../dto/course-version.type';
import { LocaleCompletenessType } from '../dto/locale-completeness.type';
import { ModuleType } from '../dto/module.type';
import { TranslationType } from '../dto/translation.type';
import { CourseModule } from '../outline/course-module.entity';
import { toTranslationList } from '../translation/translation-input.schema';
import { completeness } from '../version/completeness';
import type { CourseVersion } from '../version/course-version.entity';
import { learnerTexts, loadVersionContent } from '../version/version-content';

@Resolver(() => CourseVersionType)
export class VersionFieldsResolver {
  constructor(private readonly em: EntityManager) {}

  @ResolveField('title', () => [TranslationType])
  title(@Parent() version: CourseVersion): TranslationType[] {
    return toTranslationList(version.title);
  }

  @ResolveField('summary', () => [TranslationType])
  summary(@Parent() version: CourseVersion): TranslationType[] {
    return toTranslationList(version.summary);
  }

  @ResolveField('modules', () => [ModuleType])
  modules(@Parent() version: CourseVersion, @Context() ctx: GqlContext): Promise<CourseModule[]> {
    return loadManyBy(
      ctx.loaders,
      'CourseModule.byVersion',
      version.id,
      (ids) => this.em.find(CourseModule, { version: { $in: [...ids] } }, { orderBy: { position: 'asc' } }),
      (module) => module.version.id,
    );
  }

  @ResolveField('completeness', () => [LocaleCompletenessType], {
    description: 'What is missing in which language.',
  })
  async completeness(@Parent() version: CourseVersion): Promise<LocaleCompletenessType[]> {
    return completeness(learnerTexts(await loadVersionContent(this.em, version)));
  }
}
