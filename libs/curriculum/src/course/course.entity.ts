import { Entity, Enum, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import { Institution } from '@parity/identity';
import { CourseVisibility } from './course-visibility.enum';

export interface NewCourse {
  ownerInstitution: Institution;
  createdById: string;
  defaultLocale: string;
  visibility?: CourseVisibility;
  tags?: string[];
  estimatedMinutes?: number | null;
}

/** A course: who owns it and how it is shared. Its content lives in versions (CourseVersion). */
@Entity({ tableName: 'course' })
export class Course extends BaseEntity {
  @ManyToOne({ entity: () => Institution })
  ownerInstitution: Rel<Institution>;

  @Enum({ items: () => CourseVisibility, nativeEnumName: 'course_visibility' })
  visibility: CourseVisibility;

  @Property({ type: 'json' })
  tags: string[];

  @Property({ type: 'integer', nullable: true })
  estimatedMinutes: number | null;

  @Property({ type: 'string', length: 16 })
  defaultLocale: string;

  @Property({ type: 'uuid' })
  createdById: string;

  /** Optimistic revision of the course settings (visibility, tags, duration). */
  @Property({ type: 'integer' })
  rev = 1;

  @Property({ type: 'uuid', nullable: true })
  publishedVersionId: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  archivedAt: Date | null = null;

  /** Learners may enrol themselves (otherwise an admin or trainer assigns the course). */
  @Property({ type: 'boolean', default: true })
  selfEnrolment = true;

  /**
   * Completion rules, besides "every lesson completed and every graded quiz and post-test passed": an optional
   * minimum of time spent in the course's lessons.
   */
  @Property({ type: 'integer', nullable: true })
  completionMinimumMinutes: number | null = null;

  constructor(input: NewCourse) {
    super();
    this.ownerInstitution = input.ownerInstitution;
    this.createdById = input.createdById;
    this.defaultLocale = input.defaultLocale;
    this.visibility = input.visibility ?? CourseVisibility.INSTITUTION;
    this.tags = input.tags ?? [];
    this.estimatedMinutes = input.estimatedMinutes ?? null;
  }

  /** An archived course is out of the catalogue and takes no new enrolments (enrolled learners keep their version). */
  get acceptsEnrolments(): boolean {
    return this.archivedAt === null && this.publishedVersionId !== null;
  }
}
