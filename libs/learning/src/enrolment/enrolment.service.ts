import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuthorizationService, type Actor } from '@parity/identity';
import { clampPageSize, decodeCursor, isUuid } from '@parity/shared/database';
import { notFound } from '@parity/shared/errors';
import { CatalogueQueryService } from '../catalogue/catalogue-query.service';
import { findInOrder, keysetPage, type Page } from '../keyset-page';
import { selfEnrolmentClosed } from '../learning.errors';
import { EnrolmentStatus } from './enrolment-status.enum';
import { Enrolment } from './enrolment.entity';
import { MY_LEARNING_KEY, MY_LEARNING_RANK } from './my-learning-order';

/** A learner's own enrolments: enrolling oneself, and "my learning". */
@Injectable()
export class EnrolmentService {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
    private readonly catalogue: CatalogueQueryService,
  ) {}

  /**
   * Enrols the caller in the course's published version. Idempotent: an active or completed enrolment in any
   * version of the course (or any enrolment in this version) is returned as it is.
   */
  async enrol(actorOrNull: Actor | null, courseId: string): Promise<Enrolment> {
    const actor = this.authz.requireActor(actorOrNull);
    if (!isUuid(courseId)) throw notFound('Course');
    const { course } = await this.catalogue.get(actor, courseId);
    this.authz.assert(actor, 'enrolment.self', { institutionId: course.ownerInstitution.id });
    const existing = await this.findHeld(actor.userId, course.id);
    if (existing) return existing;
    if (!course.selfEnrolment) throw selfEnrolmentClosed();
    await this.em.execute(
      `insert into enrolment (id, created_at, user_id, course_id, version_id, status, source, mandatory)
       values (gen_random_uuid(), now(), ?, ?, ?, 'active', 'self', false)
       on conflict (user_id, version_id, cycle) do nothing`,
      [actor.userId, course.id, course.publishedVersionId],
    );
    return this.em.findOneOrFail(Enrolment, {
      user: actor.userId,
      version: course.publishedVersionId,
      cycle: 1,
    });
  }

  private async findHeld(userId: string, courseId: string): Promise<Enrolment | null> {
    const [held] = await this.em.find(
      Enrolment,
      {
        user: userId,
        course: courseId,
        status: { $in: [EnrolmentStatus.ACTIVE, EnrolmentStatus.COMPLETED] },
      },
      { orderBy: { createdAt: 'desc' }, limit: 1 },
    );
    return held ?? null;
  }

  /** The caller's enrolments in "my learning" order (withdrawn ones only when asked for by status). */
  async myLearning(
    actorOrNull: Actor | null,
    args: { status?: EnrolmentStatus | null; first?: number | null; after?: string | null },
  ): Promise<Page<Enrolment>> {
    const actor = this.authz.assert(actorOrNull, 'learning.own', {
      institutionId: actorOrNull?.institutionId ?? null,
      ownerId: actorOrNull?.userId ?? null,
    });
    const first = clampPageSize(args.first, 100, 20);
    const where = ['e.user_id = ?'];
    const params: unknown[] = [actor.userId];
    if (args.status) {
      where.push('e.status = ?');
      params.push(args.status);
    } else {
      where.push(`e.status <> 'withdrawn'`);
    }
    const sorted = `select e.id, (${MY_LEARNING_RANK}) as rank, (${MY_LEARNING_KEY})::text as k
      from enrolment e where ${where.join(' and ')}`;
    const pageParams = [...params];
    let after = '';
    if (args.after) {
      const [rank, key, id] = decodeCursor(args.after, ['int', 'decimal', 'uuid']);
      after = 'where (s.rank, s.k::numeric, s.id) > (?::int, ?::numeric, ?::uuid)';
      pageParams.push(rank, key, id);
    }
    return keysetPage<{ id: string; rank: number; k: string }, Enrolment>(
      this.em,
      {
        sql: `select s.id, s.rank, s.k from (${sorted}) s ${after} order by s.rank, s.k::numeric, s.id`,
        params: pageParams,
        countSql: `select count(*) as count from enrolment e where ${where.join(' and ')}`,
        countParams: params,
        first,
        cursorOf: (row) => [Number(row.rank), row.k, row.id],
      },
      (ids) => findInOrder(this.em, Enrolment, ids),
    );
  }
}
