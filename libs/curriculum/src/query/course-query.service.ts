import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { clampPageSize } from '@parity/shared/database';
import { likePattern, newestFirstPage, type Page } from './newest-first-page';
import { badInput, forbidden } from '@parity/shared/errors';
import { AuthorizationService, type Actor } from '@parity/identity';
import { CourseAccess } from '../access/course-access.service';
import { Course } from '../course/course.entity';
import { CourseVisibility } from '../course/course-visibility.enum';
import { CourseVersion } from '../version/course-version.entity';
import { VersionStatus } from '../version/version-status.enum';
import { isLocale } from '../translation/locale';

export type CoursePage = Page<Course>;

export interface CourseListFilter {
  search?: string | null;
  /** ARCHIVED: the course is archived; otherwise the status of the latest version of a course that is not. */
  status?: VersionStatus | null;
  /** A language the course is offered in: its default language or one its published version offers. */
  locale?: string | null;
  visibility?: CourseVisibility | null;
  first?: number | null;
  after?: string | null;
}

/**
 * What the studio may read. A course of the caller's institution (or one they co-author) in every state; another
 * institution's course only once published with regional or public visibility, and then only its published versions.
 */
@Injectable()
export class CourseQueryService {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
    private readonly access: CourseAccess,
  ) {}

  /** True when the caller reads this course only as a shared, published course (drafts stay hidden). */
  async sharedOnly(actor: Actor, course: Course): Promise<boolean> {
    const allowed = this.authz.allowedAs(actor, 'course.read', await this.access.subject(actor, course));
    return allowed.every((whose) => whose === 'other');
  }

  async get(actorOrNull: Actor | null, id: string): Promise<Course> {
    const { actor, course } = await this.access.course(actorOrNull, id, 'course.read');
    if ((await this.sharedOnly(actor, course)) && !this.shareable(course)) throw forbidden();
    return course;
  }

  async version(actorOrNull: Actor | null, id: string): Promise<CourseVersion> {
    const { actor, version } = await this.access.version(actorOrNull, id, 'course.read');
    if (await this.sharedOnly(actor, version.course)) {
      const published = [VersionStatus.PUBLISHED, VersionStatus.ARCHIVED].includes(version.status);
      if (!published || !this.shareable(version.course)) throw forbidden();
    }
    return version;
  }

  private shareable(course: Course): boolean {
    return course.visibility !== CourseVisibility.INSTITUTION && course.publishedVersionId !== null;
  }

  async list(actorOrNull: Actor | null, args: CourseListFilter): Promise<CoursePage> {
    const actor = this.authz.requireActor(actorOrNull);
    const first = clampPageSize(args.first);
    const scope = this.authz.listScope(actor, 'course.read');
    if (AuthorizationService.isEmpty(scope)) throw forbidden();
    const visible: string[] = [];
    const params: unknown[] = [];
    if (scope.ownerId) {
      visible.push('exists (select 1 from course_author a where a.course_id = c.id and a.user_id = ?)');
      params.push(actor.userId);
    }
    if (scope.institutionIds.length) {
      visible.push(`c.owner_institution_id in (${scope.institutionIds.map(() => '?').join(', ')})`);
      params.push(...scope.institutionIds);
    }
    if (scope.all) visible.push(`(c.published_version_id is not null and c.visibility <> 'institution')`);
    const conditions = [`(${visible.join(' or ')})`];
    const search = args.search?.trim();
    if (search) {
      conditions.push(
        `exists (select 1 from course_version v where v.course_id = c.id and v.title::text ilike ?)`,
      );
      params.push(likePattern(search));
    }
    conditions.push(...this.filters(args, params));
    return newestFirstPage(this.em, Course, {
      table: 'course',
      alias: 'c',
      where: conditions.join(' and '),
      params,
      first,
      after: args.after,
    });
  }

  /** The status, language and visibility filters as SQL conditions on `c` (their values appended to `params`). */
  private filters(args: CourseListFilter, params: unknown[]): string[] {
    const conditions: string[] = [];
    if (args.status === VersionStatus.ARCHIVED) {
      conditions.push('c.archived_at is not null');
    } else if (args.status) {
      conditions.push(
        'c.archived_at is null',
        '(select v.status from course_version v where v.course_id = c.id order by v.number desc limit 1) = ?',
      );
      params.push(args.status);
    }
    if (args.locale) {
      if (!isLocale(args.locale)) throw badInput([{ field: 'locale', code: 'INVALID' }]);
      conditions.push(
        `(c.default_locale = ? or exists (select 1 from course_version p where p.id = c.published_version_id and jsonb_exists(p.locales, ?)))`,
      );
      params.push(args.locale, args.locale);
    }
    if (args.visibility) {
      conditions.push('c.visibility = ?');
      params.push(args.visibility);
    }
    return conditions;
  }
}
