import { Injectable } from '@nestjs/common';
import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { AuditService, AuthorizationService, Institution, type Actor, type User } from '@parity/identity';
import { clampPageSize, decodeCursor, type LoaderRegistry, isUuid } from '@parity/shared/database';
import { badInput, notFound, parseInput } from '@parity/shared/errors';
import type { Page } from '../keyset-page';
import { cohortNameTaken } from '../learning.errors';
import { cohortMembersSchema, cohortNameSchema } from './cohort-input.schema';
import { loadMemberPage } from './cohort-members.loader';
import { Cohort } from './cohort.entity';

/** An institution's cohorts and their members (people of that institution only); membership changes are audited. */
@Injectable()
export class CohortService {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor | null, institutionId: string): Promise<Cohort[]> {
    if (!isUuid(institutionId)) throw notFound('Institution');
    this.authz.assert(actor, 'cohort.read', { institutionId });
    return this.em.find(Cohort, { institution: institutionId }, { orderBy: { name: 'asc', id: 'asc' } });
  }

  /** A page of the cohort's members by display name, for whoever may read the institution's cohorts. */
  members(
    actor: Actor | null,
    cohort: Cohort,
    args: { first?: number | null; after?: string | null },
    loaders: LoaderRegistry,
  ): Promise<Page<User>> {
    this.authz.assert(actor, 'cohort.read', { institutionId: cohort.institution.id });
    const first = clampPageSize(args.first, 100, 25);
    let after: [string, string] | null = null;
    if (args.after) {
      after = decodeCursor(args.after, ['string', 'uuid']);
    }
    return loadMemberPage(loaders, this.em, cohort.id, { first, after });
  }

  async create(actorOrNull: Actor | null, raw: { institutionId: string; name: string }): Promise<Cohort> {
    const input = parseInput(cohortNameSchema, raw);
    const institution = await this.em.findOne(Institution, input.institutionId);
    if (!institution) throw notFound('Institution');
    const actor = this.authz.assert(actorOrNull, 'cohort.manage', { institutionId: institution.id });
    const cohort = new Cohort(institution, input.name, actor.userId);
    this.em.persist(cohort);
    this.audit.record(this.em, {
      actorId: actor.userId,
      action: 'cohort.created',
      subjectType: 'Cohort',
      subjectId: cohort.id,
      institutionId: institution.id,
    });
    await this.em.flush().catch((error: unknown) => {
      throw error instanceof UniqueConstraintViolationException ? cohortNameTaken() : error;
    });
    return cohort;
  }

  private async loadForChange(
    actorOrNull: Actor | null,
    id: string,
  ): Promise<{ actor: Actor; cohort: Cohort }> {
    const cohort = isUuid(id) ? await this.em.findOne(Cohort, id) : null;
    if (!cohort) throw notFound('Cohort');
    return {
      actor: this.authz.assert(actorOrNull, 'cohort.manage', { institutionId: cohort.institution.id }),
      cohort,
    };
  }

  /** Adds people of the cohort's institution (already members are left as they are). */
  async addMembers(actorOrNull: Actor | null, raw: { cohortId: string; userIds: string[] }): Promise<Cohort> {
    const input = parseInput(cohortMembersSchema, raw);
    const { actor, cohort } = await this.loadForChange(actorOrNull, input.cohortId);
    const ids = [...new Set(input.userIds)];
    const marks = ids.map(() => '?').join(', ');
    await this.em.transactional(async (tx) => {
      const added = await tx.execute<{ user_id: string }[]>(
        `insert into cohort_member (cohort_id, user_id)
         select ?, u.id from user_account u where u.id in (${marks}) and u.institution_id = ?
         on conflict do nothing returning user_id`,
        [cohort.id, ...ids, cohort.institution.id],
      );
      const [{ count } = { count: '0' }] = await tx.execute<{ count: string }[]>(
        `select count(*) as count from user_account u where u.id in (${marks}) and u.institution_id = ?`,
        [...ids, cohort.institution.id],
      );
      if (Number(count) !== ids.length)
        throw badInput(
          [{ field: 'userIds', code: 'INVALID_VALUE' }],
          'Only people of the cohort’s institution can join it.',
        );
      this.audit.record(tx, {
        actorId: actor.userId,
        action: 'cohort.members-added',
        subjectType: 'Cohort',
        subjectId: cohort.id,
        institutionId: cohort.institution.id,
        details: { userIds: added.map((row) => row.user_id) },
      });
    });
    return cohort;
  }

  async removeMember(actorOrNull: Actor | null, cohortId: string, userId: string): Promise<Cohort> {
    const { actor, cohort } = await this.loadForChange(actorOrNull, cohortId);
    if (!isUuid(userId)) throw notFound('Person');
    const removed = await this.em.execute<{ user_id: string }[]>(
      `delete from cohort_member where cohort_id = ? and user_id = ? returning user_id`,
      [cohort.id, userId],
    );
    if (removed.length) {
      this.audit.record(this.em, {
        actorId: actor.userId,
        action: 'cohort.member-removed',
        subjectType: 'Cohort',
        subjectId: cohort.id,
        institutionId: cohort.institution.id,
        details: { userId },
      });
      await this.em.flush();
    }
    return cohort;
  }
}
