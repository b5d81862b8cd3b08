import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { forbidden, notFound } from '@parity/shared/errors';
import { AuthorizationService, type Actor, type Operation, type Subject } from '@parity/identity';
import { CourseVisibility } from '../course/course-visibility.enum';
import { QuestionBank } from './question-bank.entity';
import { Question } from './question.entity';

/**
 * Loads question banks and checks the caller may act on them. "Own" is the bank's creator; the owner institution's
 * trainers edit it too. Another institution reads a bank only when it is shared (regional or public).
 */
@Injectable()
export class BankAccess {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
  ) {}

  static subject(bank: QuestionBank): Subject {
    return { institutionId: bank.ownerInstitution.id, ownerId: bank.createdById };
  }

  /** True when the caller may read the bank, counting the "shared only" rule (no query). */
  canRead(actor: Actor, bank: QuestionBank): boolean {
    const allowed = this.authz.allowedAs(actor, 'bank.read', BankAccess.subject(bank));
    if (!allowed.length) return false;
    return allowed.some((whose) => whose !== 'other') || bank.visibility !== CourseVisibility.INSTITUTION;
  }

  canEdit(actor: Actor | null, bank: QuestionBank): boolean {
    return actor !== null && this.authz.can(actor, 'bank.edit', BankAccess.subject(bank));
  }

  assertBank(actorOrNull: Actor | null, bank: QuestionBank, operation: Operation): Actor {
    const actor = this.authz.assert(actorOrNull, operation, BankAccess.subject(bank));
    if (operation === 'bank.read' && !this.canRead(actor, bank)) throw forbidden();
    return actor;
  }

  async bank(
    actor: Actor | null,
    id: string,
    operation: Operation,
  ): Promise<{ actor: Actor; bank: QuestionBank }> {
    const bank = await this.em.findOne(QuestionBank, id);
    if (!bank) throw notFound('Question bank');
    return { actor: this.assertBank(actor, bank, operation), bank };
  }

  async question(
    actor: Actor | null,
    id: string,
    operation: Operation,
  ): Promise<{ actor: Actor; question: Question }> {
    const question = await this.em.findOne(Question, id, { populate: ['bank'] });
    if (!question) throw notFound('Question');
    return { actor: this.assertBank(actor, question.bank, operation), question };
  }
}
