import { Entity, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Enrolment } from '../enrolment/enrolment.entity';

/**
 * One visit of a lesson, keyed by an id the client chose when the lesson opened. The client reports the visit's
 * running total of seconds; the server keeps the largest report. Retries, duplicates and reordering count once.
 */
@Entity({ tableName: 'lesson_visit' })
@Index({ properties: ['enrolment', 'lessonId'] })
export class LessonVisit {
  @PrimaryKey({ type: 'uuid' })
  id: string;

  @ManyToOne({ entity: () => Enrolment, deleteRule: 'cascade' })
  enrolment: Rel<Enrolment>;

  @Property({ type: 'uuid' })
  lessonId: string;

  @Property({ type: 'integer' })
  seconds: number;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  updatedAt: Date = new Date();

  constructor(id: string, enrolment: Enrolment, lessonId: string, seconds: number) {
    this.id = id;
    this.enrolment = enrolment;
    this.lessonId = lessonId;
    this.seconds = seconds;
  }
}
