import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Course, CourseVersion } from '@parity/curriculum';
import { AuthorizationService, type Actor } from '@parity/identity';
import { clampPageSize, decodeCursor, isUuid } from '@parity/shared/database';
import { forbidden, notFound, parseInput } from '@parity/shared/errors';
import { keysetPage, type Page } from '../keyset-page';
import { likePattern } from '../like-pattern';
import { catalogueEntry, type CatalogueEntry } from './catalogue-entry';
import { catalogueFilterSchema, type CatalogueFilter } from './catalogue-filter';

export type CataloguePage = Page<CatalogueEntry>;

/** Newest publication first (the creation time stands in for a missing publication time). */
const PUBLISHED = 'coalesce(v.published_at, v.created_at)';

/** The published, not archived courses the caller may see (the matrix's 'catalogue.read' as a WHERE clause). */
export function visibleCourses(scope: { all: boolean; institutionIds: string[] }): {
  sql: string;
  params: unknown[];
} {
  const visible: string[] = [];
  const params: unknown[] = [];
  if (scope.institutionIds.length) {
    visible.push(`c.owner_institution_id in (${scope.institutionIds.map(() => '?').join(', ')})`);
    params.push(...scope.institutionIds);
  }
  if (scope.all) visible.push(`c.visibility in ('regional', 'public')`);
  return {
    sql: `c.published_version_id is not null and c.archived_at is null and (${visible.join(' or ') || 'false'})`,
    params,
  };
}

/** The learner's catalogue: newest publication first, keyset-paged. */
@Injectable()
export class CatalogueQueryService {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
  ) {}

  private visible(actorOrNull: Actor | null): { actor: Actor; sql: string; params: unknown[] } {
    const actor = this.authz.requireActor(actorOrNull);
    const scope = this.authz.listScope(actor, 'catalogue.read');
    if (AuthorizationService.isEmpty(scope)) throw forbidden();
    return { actor, ...visibleCourses(scope) };
  }

  /** A course of the catalogue; NOT_FOUND when it is not published or the caller may not see it. */
  async get(actorOrNull: Actor | null, id: string): Promise<CatalogueEntry> {
    const { sql, params } = this.visible(actorOrNull);
    if (!isUuid(id)) throw notFound('Course');
    const [row] = await this.em.execute<{ id: string }[]>(
      `select c.id from course c where c.id = ? and ${sql}`,
      [id, ...params],
    );
    if (!row) throw notFound('Course');
    return (await this.entries([row.id]))[0] as CatalogueEntry;
  }

  async list(actorOrNull: Actor | null, raw: CatalogueFilter): Promise<CataloguePage> {
    const filter = parseInput(catalogueFilterSchema, raw);
    const first = clampPageSize(filter.first, 100, 20);
    const visible = this.visible(actorOrNull);
    const conditions = [visible.sql];
    const params = [...visible.params];
    if (filter.search) {
      conditions.push(`v.title::text ilike ?`);
      params.push(likePattern(filter.search));
    }
    if (filter.locale) {
      conditions.push(`v.locales @> ?::jsonb`);
      params.push(JSON.stringify([filter.locale]));
    }
    if (filter.tag) {
      conditions.push(`c.tags @> ?::jsonb`);
      params.push(JSON.stringify([filter.tag]));
    }
    if (filter.maxMinutes) {
      conditions.push(`c.estimated_minutes <= ?`);
      params.push(filter.maxMinutes);
    }
    const from = `from course c join course_version v on v.id = c.published_version_id`;
    const pageConditions = [...conditions];
    const pageParams = [...params];
    if (filter.after) {
      const [publishedAt, id] = decodeCursor(filter.after, ['timestamp', 'uuid']);
      pageConditions.push(`(${PUBLISHED}, c.id) < (?::timestamptz, ?::uuid)`);
      pageParams.push(publishedAt, id);
    }
    return keysetPage<{ id: string; k: string }, CatalogueEntry>(
      this.em,
      {
        sql: `select c.id, to_char(${PUBLISHED} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as k ${from}
         where ${pageConditions.join(' and ')} order by ${PUBLISHED} desc, c.id desc`,
        params: pageParams,
        countSql: `select count(*) as count ${from} where ${conditions.join(' and ')}`,
        countParams: params,
        first,
        cursorOf: (row) => [row.k, row.id],
      },
      (ids) => this.entries(ids),
    );
  }

  /** Courses with their published versions, in the order of `ids` (two queries). */
  private async entries(ids: string[]): Promise<CatalogueEntry[]> {
    if (!ids.length) return [];
    const courses = await this.em.find(Course, { id: { $in: ids } });
    const versions = await this.em.find(CourseVersion, {
      id: { $in: courses.map((course) => course.publishedVersionId as string) },
    });
    return ids.flatMap((id) => {
      const course = courses.find((row) => row.id === id);
      const version = versions.find((row) => row.id === course?.publishedVersionId);
      return course && version ? [catalogueEntry(course, version)] : [];
    });
  }
}
