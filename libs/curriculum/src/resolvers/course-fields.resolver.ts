import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  Institution,
  InstitutionType,
  loadById,
  loadManyBy,
  User,
  UserType,
  type GqlContext,
} from '@parity/identity';
import { CourseAuthor } from '../course/course-author.entity';
import { CourseChange } from '../course/course-change.entity';
import type { Course } from '../course/course.entity';
import { CourseChangeType } from '../dto/course-change.type';
import { CourseVersionType } from '../dto/course-version.type';
import { CourseType } from '../dto/course.type';
import { CourseQueryService } from '../query/course-query.service';
import { isLocale } from '../translation/locale';
import { resolveText } from '../translation/translated-text';
import { CourseVersion } from '../version/course-version.entity';
import { VersionStatus } from '../version/version-status.enum';

const OPEN = [VersionStatus.DRAFT, VersionStatus.IN_REVIEW];

@Resolver(() => CourseType)
export class CourseFieldsResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly queries: CourseQueryService,
  ) {}

  private versions(course: Course, ctx: GqlContext): Promise<CourseVersion[]> {
    return loadManyBy(
      ctx.loaders,
      'CourseVersion.byCourse',
      course.id,
      (ids) => this.em.find(CourseVersion, { course: { $in: [...ids] } }, { orderBy: { number: 'desc' } }),
      (version) => version.course.id,
    );
  }

  /** Versions this caller may see: all of them, or only published ones for a course shared by another institution. */
  private async visibleVersions(course: Course, ctx: GqlContext): Promise<CourseVersion[]> {
    const all = await this.versions(course, ctx);
    if (!ctx.actor || !(await this.queries.sharedOnly(ctx.actor, course))) return all;
    return all.filter((version) => !OPEN.includes(version.status));
  }

  @ResolveField('title', () => String)
  async title(
    @Parent() course: Course,
    @Context() ctx: GqlContext,
    @Args('locale', { type: () => String, nullable: true }) locale?: string | null,
  ): Promise<string> {
    const [latest] = await this.visibleVersions(course, ctx);
    const wanted =
      locale && isLocale(locale) ? locale : isLocale(course.defaultLocale) ? course.defaultLocale : 'en';
    return (latest && resolveText(latest.title, wanted)?.text) ?? '';
  }

  @ResolveField('ownerInstitution', () => InstitutionType)
  ownerInstitution(@Parent() course: Course, @Context() ctx: GqlContext): Promise<Institution> {
    return loadById(ctx.loaders, this.em, Institution, course.ownerInstitution.id);
  }

  @ResolveField('authors', () => [UserType], {
    description: 'Empty when the course is only shared with the caller.',
  })
  async authors(@Parent() course: Course, @Context() ctx: GqlContext): Promise<User[]> {
    if (ctx.actor && (await this.queries.sharedOnly(ctx.actor, course))) return [];
    const rows = await loadManyBy(
      ctx.loaders,
      'CourseAuthor.byCourse',
      course.id,
      (ids) =>
        this.em.find(
          CourseAuthor,
          { course: { $in: [...ids] } },
          { populate: ['user'], orderBy: { createdAt: 'asc' } },
        ),
      (author) => author.course.id,
    );
    return rows.map((row) => row.user);
  }

  @ResolveField('draft', () => CourseVersionType, { nullable: true })
  async draft(@Parent() course: Course, @Context() ctx: GqlContext): Promise<CourseVersion | null> {
    return (await this.visibleVersions(course, ctx)).find((version) => OPEN.includes(version.status)) ?? null;
  }

  @ResolveField('published', () => CourseVersionType, { nullable: true })
  async published(@Parent() course: Course, @Context() ctx: GqlContext): Promise<CourseVersion | null> {
    return (
      (await this.versions(course, ctx)).find((version) => version.id === course.publishedVersionId) ?? null
    );
  }

  @ResolveField('versions', () => [CourseVersionType])
  versionList(@Parent() course: Course, @Context() ctx: GqlContext): Promise<CourseVersion[]> {
    return this.visibleVersions(course, ctx);
  }

  @ResolveField('changes', () => [CourseChangeType], { description: 'The latest 200 changes, newest first.' })
  async changes(@Parent() course: Course, @Context() ctx: GqlContext): Promise<CourseChange[]> {
    if (ctx.actor && (await this.queries.sharedOnly(ctx.actor, course))) return [];
    return this.em.find(
      CourseChange,
      { course: course.id },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 200 },
    );
  }
}
