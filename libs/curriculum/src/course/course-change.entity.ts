import { Entity, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import { Course } from './course.entity';

/** The course's change log: who did what, when (never the content itself). */
@Entity({ tableName: 'course_change' })
@Index({ properties: ['course', 'createdAt'] })
export class CourseChange extends BaseEntity {
  @ManyToOne({ entity: () => Course, deleteRule: 'cascade' })
  course: Rel<Course>;

  @Property({ type: 'uuid', nullable: true })
  versionId: string | null;

  @Property({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Property({ type: 'string', length: 60 })
  action: string;

  @Property({ type: 'json', nullable: true })
  detail: Record<string, unknown> | null;

  constructor(
    course: Course,
    input: {
      versionId?: string | null;
      actorId: string | null;
      action: string;
      detail?: Record<string, unknown>;
    },
  ) {
    super();
    this.course = course;
    this.versionId = input.versionId ?? null;
    this.actorId = input.actorId;
    this.action = input.action;
    this.detail = input.detail ?? null;
  }
}
