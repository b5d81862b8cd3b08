import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { badInput, parseInput } from '@parity/shared/errors';
import type { Actor } from '@parity/identity';
import { editConflict, saveRevision } from '../access/revision';
import { BankAccess } from './bank-access.service';
import type { QuestionBank } from './question-bank.entity';
import { questionSchema, questionUpdateSchema } from './question-input.schema';
import { Question, type QuestionContent } from './question.entity';

function assertCategory(bank: QuestionBank, content: QuestionContent): void {
  if (content.category && !bank.categories.includes(content.category)) {
    throw badInput([{ field: 'category', code: 'INVALID_VALUE' }]);
  }
}

/** Adding, changing and deleting a bank's questions (banks are always editable: published versions froze theirs). */
@Injectable()
export class QuestionService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: BankAccess,
  ) {}

  async add(actorOrNull: Actor | null, bankId: string, raw: unknown): Promise<Question> {
    const content = parseInput(questionSchema, raw);
    const { bank } = await this.access.bank(actorOrNull, bankId, 'bank.edit');
    assertCategory(bank, content);
    const question = new Question(bank, content);
    await this.em.persistAndFlush(question);
    return question;
  }

  async update(actorOrNull: Actor | null, id: string, raw: unknown): Promise<Question> {
    const { expectedRev, ...content } = parseInput(questionUpdateSchema, raw);
    const { question } = await this.access.question(actorOrNull, id, 'bank.edit');
    assertCategory(question.bank, content);
    return saveRevision(this.em, Question, question, expectedRev, content);
  }

  async delete(actorOrNull: Actor | null, id: string, expectedRev: number): Promise<boolean> {
    const { question } = await this.access.question(actorOrNull, id, 'bank.edit');
    const deleted = await this.em.nativeDelete(Question, { id: question.id, rev: expectedRev });
    if (deleted !== 1) throw editConflict((await this.em.refresh(question))?.rev ?? question.rev);
    return true;
  }
}
