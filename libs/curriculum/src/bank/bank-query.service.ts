import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { clampPageSize } from '@parity/shared/database';
import { likePattern, newestFirstPage, type Page } from '../query/newest-first-page';
import { forbidden } from '@parity/shared/errors';
import { AuthorizationService, type Actor } from '@parity/identity';
import { BankAccess } from './bank-access.service';
import { QuestionBank } from './question-bank.entity';

export type BankPage = Page<QuestionBank>;

/** What the studio may read: the caller's banks, their institution's, and the banks others share (regional, public). */
@Injectable()
export class BankQueryService {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
    private readonly access: BankAccess,
  ) {}

  async get(actorOrNull: Actor | null, id: string): Promise<QuestionBank> {
    return (await this.access.bank(actorOrNull, id, 'bank.read')).bank;
  }

  async list(
    actorOrNull: Actor | null,
    args: { search?: string | null; first?: number | null; after?: string | null },
  ): Promise<BankPage> {
    const actor = this.authz.requireActor(actorOrNull);
    const first = clampPageSize(args.first);
    const scope = this.authz.listScope(actor, 'bank.read');
    if (AuthorizationService.isEmpty(scope)) throw forbidden();
    const visible: string[] = [];
    const params: unknown[] = [];
    if (scope.ownerId) {
      visible.push('b.created_by_id = ?');
      params.push(actor.userId);
    }
    if (scope.institutionIds.length) {
      visible.push(`b.owner_institution_id in (${scope.institutionIds.map(() => '?').join(', ')})`);
      params.push(...scope.institutionIds);
    }
    if (scope.all) visible.push(`b.visibility <> 'institution'`);
    const conditions = [`(${visible.join(' or ')})`];
    const search = args.search?.trim();
    if (search) {
      conditions.push('b.name::text ilike ?');
      params.push(likePattern(search));
    }
    return newestFirstPage(this.em, QuestionBank, {
      table: 'question_bank',
      alias: 'b',
      where: conditions.join(' and '),
      params,
      first,
      after: args.after,
    });
  }
}
