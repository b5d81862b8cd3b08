import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Course } from '@parity/curriculum';
import { AuthorizationService, type Actor } from '@parity/identity';
import { clampPageSize, decodeCursor, encodeCursor } from '@parity/shared/database';
import { forbidden, notFound } from '@parity/shared/errors';
import { escapeLike, likePattern } from '../like-pattern';
import { isUuid } from '../uuid';
import { EnrolmentAccess } from './enrolment-access.service';
import type { EnrolmentStatus } from './enrolment-status.enum';
import { Enrolment } from './enrolment.entity';
import type { EnrolmentPage } from './enrolment.service';

/** Reading enrolments: one by id, and a course's enrolments filtered to the people the caller may see. */
@Injectable()
export class EnrolmentQueryService {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
    private readonly access: EnrolmentAccess,
  ) {}

  async get(actor: Actor | null, id: string): Promise<Enrolment> {
    return (await this.access.load(actor, id, 'enrolment.read')).enrolment;
  }

  /** A course's enrolments by learner name: the learners the matrix lets the caller see ('enrolment.read'). */
  async forCourse(
    actorOrNull: Actor | null,
    args: {
      courseId: string;
      status?: EnrolmentStatus | null;
      search?: string | null;
      first?: number | null;
      after?: string | null;
    },
  ): Promise<EnrolmentPage> {
    const actor = this.authz.requireActor(actorOrNull);
    const first = clampPageSize(args.first, 200, 50);
    if (!isUuid(args.courseId) || !(await this.em.count(Course, args.courseId))) throw notFound('Course');
    const scope = this.authz.listScope(actor, 'enrolment.read');
    if (AuthorizationService.isEmpty(scope)) throw forbidden();
    const visible: string[] = [];
    const params: unknown[] = [];
    if (!scope.all) {
      if (scope.institutionIds.length) {
        visible.push(`u.institution_id in (${scope.institutionIds.map(() => '?').join(', ')})`);
        params.push(...scope.institutionIds);
      }
      for (const path of scope.unitPaths) {
        visible.push(`exists (select 1 from unit un where un.id = u.unit_id and un.path like ?)`);
        params.push(`${escapeLike(path)}%`);
      }
      if (scope.ownerId) {
        visible.push('u.id = ?');
        params.push(scope.ownerId);
      }
    }
    const where = ['e.course_id = ?', ...(visible.length ? [`(${visible.join(' or ')})`] : [])];
    params.unshift(args.courseId);
    if (args.status) {
      where.push('e.status = ?');
      params.push(args.status);
    }
    const search = args.search?.trim();
    if (search) {
      where.push('(u.display_name ilike ? or u.email ilike ?)');
      params.push(likePattern(search), likePattern(search));
    }
    const from = 'from enrolment e join user_account u on u.id = e.user_id';
    const pageWhere = [...where];
    const pageParams = [...params];
    if (args.after) {
      const [name, id] = decodeCursor(args.after, 2) as [string, string];
      pageWhere.push('(u.display_name, e.id) > (?, ?::uuid)');
      pageParams.push(name, id);
    }
    const connection = this.em.getConnection();
    const [rows, counts] = await Promise.all([
      connection.execute<{ id: string; name: string }[]>(
        `select e.id, u.display_name as name ${from} where ${pageWhere.join(' and ')}
         order by u.display_name, e.id limit ?`,
        [...pageParams, first + 1],
      ),
      connection.execute<{ count: string }[]>(
        `select count(*) as count ${from} where ${where.join(' and ')}`,
        params,
      ),
    ]);
    const page = rows.slice(0, first);
    const found = page.length
      ? await this.em.find(Enrolment, { id: { $in: page.map((row) => row.id) } })
      : [];
    const last = page.at(-1);
    return {
      nodes: page.flatMap((row) => found.filter((enrolment) => enrolment.id === row.id)),
      hasNextPage: rows.length > first,
      endCursor: last ? encodeCursor([last.name, last.id]) : null,
      totalCount: Number(counts[0]?.count ?? 0),
    };
  }
}
