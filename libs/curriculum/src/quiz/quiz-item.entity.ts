import { Entity, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import { Quiz } from './quiz.entity';

/** A fixed question (questionId) or a random draw of `count` questions from a bank (and category). */
export interface QuizItemSpec {
  questionId: string | null;
  bankId: string;
  category: string | null;
  count: number | null;
}

/**
 * One entry of a quiz's question selection, ordered by position. Question and bank are plain ids, not foreign keys:
 * a published version reads its questions from the frozen snapshot, so bank edits and deletions never reach it.
 */
@Entity({ tableName: 'quiz_item' })
@Index({ properties: ['quiz', 'position'] })
export class QuizItem extends BaseEntity {
  @ManyToOne({ entity: () => Quiz, deleteRule: 'cascade' })
  quiz: Rel<Quiz>;

  @Property({ type: 'integer' })
  position: number;

  @Property({ type: 'uuid', nullable: true })
  questionId: string | null;

  @Property({ type: 'uuid' })
  bankId: string;

  @Property({ type: 'string', length: 100, nullable: true })
  category: string | null;

  @Property({ type: 'integer', nullable: true })
  count: number | null;

  constructor(quiz: Quiz, position: number, spec: QuizItemSpec) {
    super();
    this.quiz = quiz;
    this.position = position;
    this.questionId = spec.questionId;
    this.bankId = spec.bankId;
    this.category = spec.category;
    this.count = spec.count;
  }

  spec(): QuizItemSpec {
    return { questionId: this.questionId, bankId: this.bankId, category: this.category, count: this.count };
  }
}
