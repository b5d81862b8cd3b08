import { Entity, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import type { AnswerResponse } from './answer-response';
import { QuizAttempt } from './quiz-attempt.entity';

/** The learner's answer to one drawn question (autosaved; graded at submission). One per attempt and question. */
@Entity({ tableName: 'attempt_answer' })
@Unique({ properties: ['attempt', 'questionKey'] })
export class AttemptAnswer extends BaseEntity {
  @ManyToOne({ entity: () => QuizAttempt, deleteRule: 'cascade' })
  attempt: Rel<QuizAttempt>;

  @Property({ type: 'string', length: 64 })
  questionKey: string;

  @Property({ type: 'json' })
  response: AnswerResponse;

  @Property({ type: 'datetime' })
  savedAt: Date;

  /** Set at submission. */
  @Property({ type: 'double', nullable: true })
  earnedPoints: number | null = null;

  /** Set at submission; null for an ungraded (Likert) question. */
  @Property({ type: 'boolean', nullable: true })
  correct: boolean | null = null;

  constructor(attempt: QuizAttempt, questionKey: string, response: AnswerResponse, savedAt: Date) {
    super();
    this.attempt = attempt;
    this.questionKey = questionKey;
    this.response = response;
    this.savedAt = savedAt;
  }
}
