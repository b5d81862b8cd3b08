import { Args, Context, ID, Int, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '@parity/identity';
import { CatalogueConnectionType } from '../dto/catalogue-connection.type';
import { CatalogueCourseType } from '../dto/catalogue-course.type';
import { asConnection } from '../keyset-page';
import type { CatalogueEntry } from './catalogue-entry';
import { CatalogueQueryService } from './catalogue-query.service';

@Resolver(() => CatalogueCourseType)
export class CatalogueResolver {
  constructor(private readonly queries: CatalogueQueryService) {}

  @Query(() => CatalogueConnectionType, {
    description:
      'Published courses the caller may take, newest first; search matches the title in any language.',
  })
  async catalogue(
    @Context() ctx: GqlContext,
    @Args('search', { type: () => String, nullable: true }) search?: string | null,
    @Args('locale', { type: () => String, nullable: true }) locale?: string | null,
    @Args('tag', { type: () => String, nullable: true }) tag?: string | null,
    @Args('maxMinutes', { type: () => Int, nullable: true }) maxMinutes?: number | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<CatalogueConnectionType> {
    const page = await this.queries.list(ctx.actor, { search, locale, tag, maxMinutes, first, after });
    return asConnection<CatalogueCourseType>(page);
  }

  @Query(() => CatalogueCourseType, {
    description: 'A course of the catalogue (NOT_FOUND when not visible).',
  })
  catalogueCourse(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GqlContext,
  ): Promise<CatalogueEntry> {
    return this.queries.get(ctx.actor, id);
  }
}
