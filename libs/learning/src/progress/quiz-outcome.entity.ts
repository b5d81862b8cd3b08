import { Entity, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import { Enrolment } from '../enrolment/enrolment.entity';

/**
 * The standing of one quiz in an enrolment: the counted score (highest or last attempt, per the quiz), whether it
 * is passed, attempts used and extra attempts granted. Written by assessment after each graded attempt; read by
 * completion and by pre/post knowledge gain. One row per enrolment and quiz, by constraint.
 */
@Entity({ tableName: 'quiz_outcome' })
@Unique({ properties: ['enrolment', 'quizId'] })
export class QuizOutcome extends BaseEntity {
  @ManyToOne({ entity: () => Enrolment, deleteRule: 'cascade' })
  enrolment: Rel<Enrolment>;

  /** The quiz's id in the enrolment's published version. */
  @Property({ type: 'uuid' })
  quizId: string;

  /** Counted score in percent (null: nothing graded yet, or an ungraded survey). */
  @Property({ type: 'double', nullable: true })
  score: number | null = null;

  @Property({ type: 'boolean', default: false })
  passed = false;

  @Property({ type: 'integer', default: 0 })
  attemptsUsed = 0;

  /** Attempts granted beyond the quiz's limit by an admin or trainer. */
  @Property({ type: 'integer', default: 0 })
  extraAttempts = 0;

  @Property({ type: 'datetime', nullable: true })
  lastSubmittedAt: Date | null = null;

  constructor(enrolment: Enrolment, quizId: string) {
    super();
    this.enrolment = enrolment;
    this.quizId = quizId;
  }
}
