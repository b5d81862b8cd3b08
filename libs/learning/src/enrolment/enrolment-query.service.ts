import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Course } from '@parity/curriculum';
import { AuthorizationService, type Actor } from '@parity/identity';
import { clampPageSize, decodeCursor, isUuid } from '@parity/shared/database';
import { badInput, forbidden, isStorableText, notFound } from '@parity/shared/errors';
import { findInOrder, keysetPage, type Page } from '../keyset-page';
import { escapeLike, likePattern } from '../like-pattern';
import { EnrolmentAccess } from './enrolment-access.service';
import type { EnrolmentStatus } from './enrolment-status.enum';
import { Enrolment } from './enrolment.entity';

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
  ): Promise<Page<Enrolment>> {
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
    const search = args.search?.trim().slice(0, 200);
    if (search && !isStorableText(search))
      throw badInput(
        [{ field: 'search', code: 'INVALID' }],
        'The search contains characters that cannot be stored.',
      );
    const people = this.authz.listScope(actor, 'user.read');
    const readsPeople = people.all || people.institutionIds.length > 0 || people.unitPaths.length > 0;
    if (search && !readsPeople) {
      where.push('u.display_name ilike ?');
      params.push(likePattern(search));
    } else if (search) {
      // Matching e-mail addresses only for those who may read people (admins): a trainer cannot probe for them.
      where.push('(u.display_name ilike ? or u.email ilike ?)');
      params.push(likePattern(search), likePattern(search));
    }
    const from = 'from enrolment e join user_account u on u.id = e.user_id';
    const pageWhere = [...where];
    const pageParams = [...params];
    if (args.after) {
      const [name, id] = decodeCursor(args.after, ['string', 'uuid']);
      pageWhere.push('(u.display_name, e.id) > (?, ?::uuid)');
      pageParams.push(name, id);
    }
    return keysetPage<{ id: string; name: string }, Enrolment>(
      this.em,
      {
        sql: `select e.id, u.display_name as name ${from} where ${pageWhere.join(' and ')}
         order by u.display_name, e.id`,
        params: pageParams,
        countSql: `select count(*) as count ${from} where ${where.join(' and ')}`,
        countParams: params,
        first,
        cursorOf: (row) => [row.name, row.id],
      },
      (ids) => findInOrder(this.em, Enrolment, ids),
    );
  }
}
