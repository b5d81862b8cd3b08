import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuditService, AuthorizationService, type Actor } from '@parity/identity';
import { clampPageSize, isUuid } from '@parity/shared/database';
import { badInput, notFound } from '@parity/shared/errors';
import { selfSignUpClosed } from '../coaching.errors';
import { CoachingAccess } from '../access/coaching-access.service';
import { ApplicationStatus } from './application-status.enum';
import { APPLICATION_SELECT, toApplicationType, type ApplicationRow } from './application-view';
import type { ProgrammeApplicationType } from './dto/programme-application.type';

const MY_APPLICATIONS_LIMIT = 100;

/**
 * Self-sign-up: a person applies to a programme of their institution that takes it (once: the unique key makes a
 * second application return the first); the programme's runners list and decide applications (audited).
 */
@Injectable()
export class ProgrammeApplicationService {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
    private readonly access: CoachingAccess,
    private readonly audit: AuditService,
  ) {}

  async apply(actorOrNull: Actor | null, programmeId: string): Promise<ProgrammeApplicationType> {
    const facts = await this.access.programmeFacts(this.em, programmeId);
    const actor = this.authz.assert(actorOrNull, 'coaching.programme.apply', {
      institutionId: facts.institutionId,
    });
    const [programme] = await this.em.execute<{ self_sign_up: boolean }[]>(
      `select self_sign_up from coaching_programme where id = ?`,
      [programmeId],
    );
    if (!programme?.self_sign_up) {
      throw selfSignUpClosed();
    }
    await this.em.execute(
      `insert into programme_application (id, created_at, programme_id, user_id, status)
       values (gen_random_uuid(), now(), ?, ?, 'pending') on conflict (programme_id, user_id) do nothing`,
      [programmeId, actor.userId],
    );
    const [row] = await this.em.execute<ApplicationRow[]>(
      `${APPLICATION_SELECT} where a.programme_id = ? and a.user_id = ?`,
      [programmeId, actor.userId],
    );
    if (!row) throw notFound('Programme application');
    return toApplicationType(row);
  }

  /** The caller's own applications, newest first. */
  async mine(actorOrNull: Actor | null): Promise<ProgrammeApplicationType[]> {
    const caller = this.authz.requireActor(actorOrNull);
    this.authz.assert(caller, 'coaching.mine', {
      institutionId: caller.institutionId,
      ownerId: caller.userId,
    });
    const rows = await this.em.execute<ApplicationRow[]>(
      `${APPLICATION_SELECT} where a.user_id = ? order by a.created_at desc, a.id desc limit ?`,
      [caller.userId, MY_APPLICATIONS_LIMIT],
    );
    return rows.map(toApplicationType);
  }

  /**
   * A programme's applications, oldest first (the queue to decide). A plain list: `after` is the id of the last
   * application of the previous page.
   */
  async list(
    actor: Actor | null,
    input: {
      programmeId: string;
      status?: ApplicationStatus | null;
      first?: number | null;
      after?: string | null;
    },
  ): Promise<ProgrammeApplicationType[]> {
    await this.access.programme(actor, 'coaching.programme.run', input.programmeId);
    const first = clampPageSize(input.first);
    if (input.after && !isUuid(input.after)) {
      throw badInput([{ field: 'after', code: 'INVALID_CURSOR' }], 'The paging cursor is not valid.');
    }
    const where = ['a.programme_id = ?'];
    const params: unknown[] = [input.programmeId];
    if (input.status) {
      where.push('a.status = ?');
      params.push(input.status);
    }
    if (input.after) {
      where.push(
        '(a.created_at, a.id) > (select b.created_at, b.id from programme_application b where b.id = ? and b.programme_id = a.programme_id)',
      );
      params.push(input.after);
    }
    const rows = await this.em.execute<ApplicationRow[]>(
      `${APPLICATION_SELECT} where ${where.join(' and ')} order by a.created_at, a.id limit ?`,
      [...params, first],
    );
    return rows.map(toApplicationType);
  }

  /** Approves or declines an application (a decision can be changed; each one is audited). */
  async decide(actor: Actor | null, id: string, approve: boolean): Promise<ProgrammeApplicationType> {
    if (!isUuid(id)) throw notFound('Programme application');
    const status = approve ? ApplicationStatus.APPROVED : ApplicationStatus.DECLINED;
    await this.em.transactional(async (tx) => {
      const [application] = await tx.execute<{ programme_id: string; user_id: string; status: string }[]>(
        `select programme_id, user_id, status from programme_application where id = ? for update`,
        [id],
      );
      if (!application) throw notFound('Programme application');
      const { actor: caller, programme } = await this.access.programme(
        actor,
        'coaching.programme.run',
        application.programme_id,
        tx,
      );
      if (application.status === status) return;
      await tx.execute(
        `update programme_application set status = ?, decided_by_id = ?, decided_at = now() where id = ?`,
        [status, caller.userId, id],
      );
      this.audit.record(tx, {
        actorId: caller.userId,
        action: approve ? 'programme-application.approved' : 'programme-application.declined',
        subjectType: 'ProgrammeApplication',
        subjectId: id,
        institutionId: programme.institutionId,
        details: {
          programmeId: programme.id,
          applicantId: application.user_id,
          previous: application.status,
        },
      });
    });
    const [row] = await this.em.execute<ApplicationRow[]>(`${APPLICATION_SELECT} where a.id = ?`, [id]);
    if (!row) throw notFound('Programme application');
    return toApplicationType(row);
  }
}
