import { Entity, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import { Lesson } from '@parity/curriculum';
import { Enrolment } from '../enrolment/enrolment.entity';

/** Progress in one lesson of an enrolment's version. One row per enrolment and lesson, by constraint. */
@Entity({ tableName: 'lesson_progress' })
@Unique({ properties: ['enrolment', 'lesson'] })
export class LessonProgress extends BaseEntity {
  @ManyToOne({ entity: () => Enrolment, deleteRule: 'cascade' })
  enrolment: Rel<Enrolment>;

  @ManyToOne({ entity: () => Lesson })
  lesson: Rel<Lesson>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  startedAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  completedAt: Date | null = null;

  /** Sum of the lesson's visits (LessonVisit), so a retried report is never counted twice. */
  @Property({ type: 'integer', default: 0 })
  secondsSpent = 0;

  constructor(enrolment: Enrolment, lesson: Lesson) {
    super();
    this.enrolment = enrolment;
    this.lesson = lesson;
  }
}
