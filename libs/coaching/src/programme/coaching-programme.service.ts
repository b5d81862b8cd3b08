import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuditService, AuthorizationService, type Actor } from '@parity/identity';
import { clampPageSize, decodeCursor, encodeCursor, isUuid } from '@parity/shared/database';
import { badInput, forbidden, notFound, parseInput, type FieldProblem } from '@parity/shared/errors';
import { CoachingAccess } from '../access/coaching-access.service';
import type { CoachingProgrammeType } from './dto/coaching-programme.type';
import { PROGRAMME_SELECT, toProgrammeType, type ProgrammeRow } from './programme-view';
import { programmeInputSchema, type ProgrammeInput } from './programme-input.schema';
import { uuidArray } from './uuid-array';

export interface ProgrammePage {
  nodes: CoachingProgrammeType[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Coaching programmes: created and changed by admins ('coaching.programme.manage', audited), read by the people of
 * their institution ('coaching.programme.read'). Managers are people of the programme's institution or platform admins.
 */
@Injectable()
export class CoachingProgrammeService {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
    private readonly access: CoachingAccess,
    private readonly audit: AuditService,
  ) {}

  async create(actorOrNull: Actor | null, raw: unknown): Promise<CoachingProgrammeType> {
    const input = parseInput(programmeInputSchema, raw);
    const actor = this.authz.assert(actorOrNull, 'coaching.programme.manage', {
      institutionId: input.institutionId,
    });
    const [institution] = await this.em.execute<{ id: string }[]>(`select id from institution where id = ?`, [
      input.institutionId,
    ]);
    if (!institution) throw notFound('Institution');
    const managerIds = await this.checkManagers(input);
    const id = randomUUID();
    await this.em.transactional(async (tx) => {
      await tx.execute(
        `insert into coaching_programme (id, created_at, institution_id, name, description, starts_on, ends_on,
                                         self_sign_up, created_by_id)
         values (?, now(), ?, ?, ?, ?, ?, ?, ?)`,
        [
          id,
          input.institutionId,
          input.name,
          input.description,
          input.startsOn,
          input.endsOn,
          input.selfSignUp,
          actor.userId,
        ],
      );
      await this.setManagers(tx, id, managerIds);
      this.audit.record(tx, {
        actorId: actor.userId,
        action: 'coaching-programme.created',
        subjectType: 'CoachingProgramme',
        subjectId: id,
        institutionId: input.institutionId,
        details: { name: input.name, startsOn: input.startsOn, endsOn: input.endsOn, managerIds },
      });
    });
    return this.view(actor, id);
  }

  /** Changes dates, name, sign-up and managers (the institution of a programme never changes). */
  async update(actorOrNull: Actor | null, id: string, raw: unknown): Promise<CoachingProgrammeType> {
    const facts = await this.access.programmeFacts(this.em, id);
    const actor = this.authz.assert(actorOrNull, 'coaching.programme.manage', {
      institutionId: facts.institutionId,
    });
    const input = parseInput(programmeInputSchema, raw);
    if (input.institutionId !== facts.institutionId) {
      throw badInput(
        [{ field: 'institutionId', code: 'INVALID' }],
        'A programme stays with its institution.',
      );
    }
    const managerIds = await this.checkManagers(input);
    await this.em.transactional(async (tx) => {
      await tx.execute(
        `update coaching_programme set name = ?, description = ?, starts_on = ?, ends_on = ?, self_sign_up = ?,
                updated_at = now() where id = ?`,
        [input.name, input.description, input.startsOn, input.endsOn, input.selfSignUp, id],
      );
      await this.setManagers(tx, id, managerIds);
      this.audit.record(tx, {
        actorId: actor.userId,
        action: 'coaching-programme.updated',
        subjectType: 'CoachingProgramme',
        subjectId: id,
        institutionId: facts.institutionId,
        details: {
          name: input.name,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          selfSignUp: input.selfSignUp,
          managerIds,
          previousManagerIds: facts.managerIds,
        },
      });
    });
    return this.view(actor, id);
  }

  async get(actorOrNull: Actor | null, id: string): Promise<CoachingProgrammeType> {
    const actor = this.authz.requireActor(actorOrNull);
    const facts = await this.access.programmeFacts(this.em, id);
    this.authz.assert(actor, 'coaching.programme.read', { institutionId: facts.institutionId });
    return this.view(actor, id);
  }

  /** The programmes of one institution (or, without one, every institution the caller may read), latest first. */
  async list(
    actorOrNull: Actor | null,
    input: { institutionId?: string | null; first?: number | null; after?: string | null },
  ): Promise<ProgrammePage> {
    const actor = this.authz.requireActor(actorOrNull);
    const first = clampPageSize(input.first);
    const cursor = input.after ? decodeCursor(input.after, ['string', 'uuid'] as const) : null;
    if (cursor && !DATE.test(cursor[0])) {
      throw badInput([{ field: 'after', code: 'INVALID_CURSOR' }], 'The paging cursor is not valid.');
    }
    const scope = this.authz.listScope(actor, 'coaching.programme.read');
    const where: string[] = [];
    const params: unknown[] = [actor.userId];
    if (input.institutionId) {
      if (!isUuid(input.institutionId)) throw notFound('Institution');
      this.authz.assert(actor, 'coaching.programme.read', { institutionId: input.institutionId });
      where.push('p.institution_id = ?');
      params.push(input.institutionId);
    } else if (!scope.all) {
      if (!scope.institutionIds.length) throw forbidden();
      where.push('p.institution_id = any(?::uuid[])');
      params.push(uuidArray(scope.institutionIds));
    }
    if (cursor) {
      where.push('(p.starts_on, p.id) < (?::date, ?::uuid)');
      params.push(...cursor);
    }
    const rows = await this.em.execute<ProgrammeRow[]>(
      `${PROGRAMME_SELECT} ${where.length ? `where ${where.join(' and ')}` : ''}
       order by p.starts_on desc, p.id desc limit ?`,
      [...params, first + 1],
    );
    const page = rows.slice(0, first);
    const last = page.at(-1);
    return {
      nodes: page.map((row) => toProgrammeType(row, actor)),
      pageInfo: {
        endCursor: last ? encodeCursor([last.starts_on, last.id]) : null,
        hasNextPage: rows.length > first,
      },
    };
  }

  private async view(actor: Actor, id: string): Promise<CoachingProgrammeType> {
    const [row] = await this.em.execute<ProgrammeRow[]>(`${PROGRAMME_SELECT} where p.id = ?`, [
      actor.userId,
      id,
    ]);
    if (!row) throw notFound('Coaching programme');
    return toProgrammeType(row, actor);
  }

  /** Each manager must be an enabled person of the programme's institution, or a platform admin. */
  private async checkManagers(input: ProgrammeInput): Promise<string[]> {
    if (!input.managerIds.length) return [];
    const rows = await this.em.execute<{ id: string }[]>(
      `select u.id from user_account u
        where u.id = any(?::uuid[]) and u.status <> 'disabled'
          and (u.institution_id = ?
               or exists (select 1 from role_assignment r where r.user_id = u.id and r.role = 'platform_admin'))`,
      [uuidArray(input.managerIds), input.institutionId],
    );
    const valid = new Set(rows.map((row) => row.id));
    const problems: FieldProblem[] = input.managerIds.flatMap((id, index) =>
      valid.has(id) ? [] : [{ field: `managerIds.${index}`, code: 'INVALID' as const }],
    );
    if (problems.length) {
      throw badInput(problems, 'Managers are people of the programme’s institution or platform admins.');
    }
    return [...new Set(input.managerIds)];
  }

  private async setManagers(tx: EntityManager, programmeId: string, managerIds: string[]): Promise<void> {
    await tx.execute(
      `delete from programme_manager where programme_id = ? and not (user_id = any(?::uuid[]))`,
      [programmeId, uuidArray(managerIds)],
    );
    await tx.execute(
      `insert into programme_manager (id, created_at, programme_id, user_id)
       select gen_random_uuid(), now(), ?, m.id from unnest(?::uuid[]) as m(id)
       on conflict (programme_id, user_id) do nothing`,
      [programmeId, uuidArray(managerIds)],
    );
  }
}
