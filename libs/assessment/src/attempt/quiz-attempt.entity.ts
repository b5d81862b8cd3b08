import { Entity, Enum, Index, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import { Enrolment } from '@parity/learning';
import type { DrawnQuestion } from '../drawing/drawn-question';
import { AttemptStatus } from './attempt-status.enum';

/** The grade of a submitted attempt (score and passed are null for a survey). */
export interface AttemptGrade {
  points: number;
  maxPoints: number;
  score: number | null;
  passed: boolean | null;
}

/**
 * One attempt of a quiz in an enrolment. Questions are drawn (and shuffled) once, at start, and kept here; answers are
 * AttemptAnswer rows. One attempt in progress per enrolment and quiz, by a partial unique index.
 */
@Entity({ tableName: 'quiz_attempt' })
@Unique({ properties: ['enrolment', 'quizId', 'number'] })
@Unique({
  name: 'quiz_attempt_one_open',
  expression: `create unique index "quiz_attempt_one_open" on "quiz_attempt" ("enrolment_id", "quiz_id") where "status" = 'in_progress'`,
})
@Index({
  name: 'quiz_attempt_open_deadline',
  expression: `create index "quiz_attempt_open_deadline" on "quiz_attempt" ("deadline_at") where "status" = 'in_progress' and "deadline_at" is not null`,
})
export class QuizAttempt extends BaseEntity {
  @ManyToOne({ entity: () => Enrolment, deleteRule: 'cascade' })
  enrolment: Rel<Enrolment>;

  /** The quiz's id in the enrolment's published version. */
  @Property({ type: 'uuid' })
  quizId: string;

  /** The learner (the enrolment's user), kept for authorisation and lists. */
  @Property({ type: 'uuid', index: true })
  userId: string;

  /** 1 for the first attempt of this quiz in this enrolment. */
  @Property({ type: 'integer' })
  number: number;

  @Enum({ items: () => AttemptStatus, nativeEnumName: 'attempt_status' })
  status: AttemptStatus = AttemptStatus.IN_PROGRESS;

  @Property({ type: 'datetime' })
  startedAt: Date;

  /** Start plus the quiz's time limit; null without a limit. */
  @Property({ type: 'datetime', nullable: true })
  deadlineAt: Date | null;

  @Property({ type: 'datetime', nullable: true })
  submittedAt: Date | null = null;

  /** Submitted by the server at the deadline, with the answers saved so far. */
  @Property({ type: 'boolean', default: false })
  autoSubmitted = false;

  /** The learner's language at start: texts of the attempt are shown in it. */
  @Property({ type: 'string', length: 16 })
  locale: string;

  @Property({ type: 'json' })
  questions: DrawnQuestion[];

  @Property({ type: 'double', nullable: true })
  score: number | null = null;

  @Property({ type: 'double', nullable: true })
  points: number | null = null;

  @Property({ type: 'double', nullable: true })
  maxPoints: number | null = null;

  @Property({ type: 'boolean', nullable: true })
  passed: boolean | null = null;

  constructor(input: {
    enrolment: Enrolment;
    quizId: string;
    userId: string;
    number: number;
    startedAt: Date;
    deadlineAt: Date | null;
    locale: string;
    questions: DrawnQuestion[];
  }) {
    super();
    this.enrolment = input.enrolment;
    this.quizId = input.quizId;
    this.userId = input.userId;
    this.number = input.number;
    this.startedAt = input.startedAt;
    this.deadlineAt = input.deadlineAt;
    this.locale = input.locale;
    this.questions = input.questions;
  }

  get submitted(): boolean {
    return this.status === AttemptStatus.SUBMITTED;
  }

  /** True when answers can no longer change: submitted, or past the deadline plus `graceMs`. */
  isClosed(now: Date, graceMs: number): boolean {
    if (this.submitted) return true;
    return this.deadlineAt !== null && now.getTime() > this.deadlineAt.getTime() + graceMs;
  }

  submit(at: Date, grade: AttemptGrade, automatically: boolean): void {
    this.status = AttemptStatus.SUBMITTED;
    this.submittedAt = at;
    this.autoSubmitted = automatically;
    this.points = grade.points;
    this.maxPoints = grade.maxPoints;
    this.score = grade.score;
    this.passed = grade.passed;
  }
}
