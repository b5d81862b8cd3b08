import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { badInput, notFound, parseInput } from '@parity/shared/errors';
import { AuthorizationService, Institution, type Actor } from '@parity/identity';
import { saveRevision } from '../access/revision';
import { BankAccess } from './bank-access.service';
import { createBankSchema, updateBankSchema } from './bank-input.schema';
import { QuestionBank } from './question-bank.entity';
import { Question } from './question.entity';

/** Creating question banks and changing their name, sharing and categories. */
@Injectable()
export class QuestionBankService {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
    private readonly access: BankAccess,
  ) {}

  async create(actorOrNull: Actor | null, raw: unknown): Promise<QuestionBank> {
    const input = parseInput(createBankSchema, raw);
    const institution = await this.em.findOne(Institution, input.institutionId);
    if (!institution) throw notFound('Institution');
    const actor = this.authz.assert(actorOrNull, 'bank.create', { institutionId: institution.id });
    const bank = new QuestionBank({
      ownerInstitution: institution,
      createdById: actor.userId,
      name: input.name,
      visibility: input.visibility ?? undefined,
      categories: input.categories ?? [],
    });
    await this.em.persistAndFlush(bank);
    return bank;
  }

  /** Changes name, visibility or categories; a category still used by a question cannot be removed. */
  async update(actorOrNull: Actor | null, id: string, raw: unknown): Promise<QuestionBank> {
    const input = parseInput(updateBankSchema, raw);
    const { bank } = await this.access.bank(actorOrNull, id, 'bank.edit');
    const changes: Partial<QuestionBank> = {};
    if (input.name) changes.name = input.name;
    if (input.visibility) changes.visibility = input.visibility;
    if (input.categories) {
      const kept = input.categories;
      const removed = bank.categories.filter((category) => !kept.includes(category));
      if (removed.length && (await this.em.count(Question, { bank: bank.id, category: { $in: removed } }))) {
        throw badInput([{ field: 'categories', code: 'INVALID' }], 'A removed category still has questions.');
      }
      changes.categories = kept;
    }
    return saveRevision(this.em, QuestionBank, bank, input.expectedRev, changes);
  }
}
