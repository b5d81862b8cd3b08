import { Entity, Enum, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import { Course } from '../course/course.entity';
import type { TranslatedText } from '../translation/translated-text';
import { VersionStatus } from './version-status.enum';

/**
 * One version of a course's content. Only a draft changes; publishing freezes it (snapshot and its hash) and a
 * learner keeps the version they enrolled in. One open (draft or in review) version per course, by constraint.
 */
@Entity({ tableName: 'course_version' })
@Unique({ properties: ['course', 'number'] })
@Unique({
  name: 'course_version_one_open_per_course',
  expression: `create unique index "course_version_one_open_per_course" on "course_version" ("course_id") where "status" in ('draft', 'in_review')`,
})
export class CourseVersion extends BaseEntity {
  @ManyToOne({ entity: () => Course, deleteRule: 'cascade' })
  course: Rel<Course>;

  @Property({ type: 'integer' })
  number: number;

  @Enum({ items: () => VersionStatus, nativeEnumName: 'version_status' })
  status: VersionStatus = VersionStatus.DRAFT;

  /** Optimistic revision of the version's own fields (title, summary) and of its lifecycle. */
  @Property({ type: 'integer' })
  rev = 1;

  @Property({ type: 'json' })
  title: TranslatedText;

  @Property({ type: 'json' })
  summary: TranslatedText;

  /** Languages the version is offered in (the complete ones, fixed at publication). */
  @Property({ type: 'json' })
  locales: string[] = [];

  @Property({ type: 'uuid' })
  createdById: string;

  @Property({ type: 'uuid', nullable: true })
  submittedById: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  submittedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  reviewedById: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  reviewedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  reviewNote: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  publishedAt: Date | null = null;

  /** The whole published content as one JSON document (what export and learners read). */
  @Property({ type: 'json', nullable: true, lazy: true })
  snapshot: Record<string, unknown> | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  snapshotHash: string | null = null;

  constructor(
    course: Course,
    number: number,
    createdById: string,
    title: TranslatedText,
    summary: TranslatedText,
  ) {
    super();
    this.course = course;
    this.number = number;
    this.createdById = createdById;
    this.title = title;
    this.summary = summary;
  }

  get editable(): boolean {
    return this.status === VersionStatus.DRAFT;
  }
}
