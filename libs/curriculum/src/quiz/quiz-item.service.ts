import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { badInput, parseInput, type FieldProblem } from '@parity/shared/errors';
import type { Actor } from '@parity/identity';
import { saveRevision } from '../access/revision';
import { BankAccess } from '../bank/bank-access.service';
import { QuestionBank } from '../bank/question-bank.entity';
import { Question } from '../bank/question.entity';
import { quizItemsSchema } from './quiz-input.schema';
import { QuizItem, type QuizItemSpec } from './quiz-item.entity';
import { Quiz } from './quiz.entity';

/** A quiz's question selection: fixed questions and random draws, from banks the caller may read. */
@Injectable()
export class QuizItemService {
  constructor(
    private readonly em: EntityManager,
    private readonly banks: BankAccess,
  ) {}

  /** Checks every item (question exists, bank readable, category known, enough questions to draw) in three queries. */
  private async resolve(actor: Actor, raw: unknown): Promise<{ expectedRev: number; specs: QuizItemSpec[] }> {
    const { expectedRev, items } = parseInput(quizItemsSchema, raw);
    const questionIds = items.flatMap((item) => (item.questionId ? [item.questionId] : []));
    const questions = questionIds.length ? await this.em.find(Question, { id: { $in: questionIds } }) : [];
    const bankIds = [
      ...new Set([
        ...items.flatMap((item) => (item.bankId && !item.questionId ? [item.bankId] : [])),
        ...questions.map((question) => question.bank.id),
      ]),
    ];
    const banks = bankIds.length ? await this.em.find(QuestionBank, { id: { $in: bankIds } }) : [];
    const poolRows = bankIds.length
      ? await this.em
          .getConnection()
          .execute<
            { bank_id: string; category: string | null; count: string }[]
          >(`select bank_id, category, count(*) as count from question where bank_id in (${bankIds.map(() => '?').join(', ')}) group by bank_id, category`, bankIds)
      : [];
    const poolSize = (bankId: string, category: string | null) =>
      poolRows
        .filter((row) => row.bank_id === bankId && (category === null || row.category === category))
        .reduce((sum, row) => sum + Number(row.count), 0);
    const problems: FieldProblem[] = [];
    const seen = new Set<string>();
    const specs = items.map((item, index): QuizItemSpec => {
      const question = questions.find((q) => q.id === item.questionId);
      const bank = banks.find((b) => b.id === (question ? question.bank.id : item.bankId));
      if (item.questionId && (!question || seen.has(question.id)))
        problems.push({ field: `items.${index}.questionId`, code: 'INVALID' });
      if (question) seen.add(question.id);
      if (!bank || !this.banks.canRead(actor, bank)) {
        if (!item.questionId || question) problems.push({ field: `items.${index}.bankId`, code: 'INVALID' });
      } else if (!item.questionId) {
        const category = item.category ?? null;
        if (category && !bank.categories.includes(category))
          problems.push({ field: `items.${index}.category`, code: 'INVALID_VALUE' });
        else if ((item.count ?? 0) > poolSize(bank.id, category))
          problems.push({ field: `items.${index}.count`, code: 'OUT_OF_RANGE' });
      }
      return {
        questionId: question?.id ?? null,
        bankId: bank?.id ?? '',
        category: question ? null : (item.category ?? null),
        count: question ? null : (item.count ?? null),
      };
    });
    if (problems.length) throw badInput(problems);
    return { expectedRev, specs };
  }

  /** Replaces the quiz's items if nobody saved the quiz since expectedRev (else EDIT_CONFLICT). */
  async replace(actor: Actor, quiz: Quiz, raw: unknown): Promise<void> {
    const { expectedRev, specs } = await this.resolve(actor, raw);
    await this.em.transactional(async (tx) => {
      const row = await tx.findOneOrFail(Quiz, quiz.id);
      await saveRevision(tx, Quiz, row, expectedRev, {});
      await tx.nativeDelete(QuizItem, { quiz: row.id });
      specs.forEach((spec, position) => tx.persist(new QuizItem(row, position, spec)));
    });
    await this.em.refresh(quiz);
  }
}
