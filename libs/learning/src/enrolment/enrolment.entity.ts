import { Entity, Enum, Index, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import { User } from '@parity/identity';
import { Course, CourseVersion } from '@parity/curriculum';
import { EnrolmentSource } from './enrolment-source.enum';
import { EnrolmentStatus } from './enrolment-status.enum';

/**
 * A person's enrolment in one published version of a course (they keep that version). One per person, version and
 * cycle, by constraint; assignment skips people already enrolled in any version of the course. A course whose
 * certificate expires opens a renewal cycle before expiry (`cycle` + 1, `renewsEnrolmentId` unique), so the
 * completed enrolment and its certificate stay in history.
 */
@Entity({ tableName: 'enrolment' })
@Unique({ properties: ['user', 'version', 'cycle'] })
@Unique({ properties: ['renewsEnrolmentId'] })
@Index({ properties: ['user', 'status', 'dueAt'] })
@Index({ properties: ['course', 'status'] })
@Index({
  name: 'enrolment_active_id_index',
  expression: `create index "enrolment_active_id_index" on "enrolment" ("id") where "status" = 'active'`,
})
@Index({
  name: 'enrolment_completed_at_index',
  expression: `create index "enrolment_completed_at_index" on "enrolment" ("completed_at") where "status" = 'completed'`,
})
export class Enrolment extends BaseEntity {
  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  user: Rel<User>;

  @ManyToOne({ entity: () => Course })
  course: Rel<Course>;

  @ManyToOne({ entity: () => CourseVersion })
  version: Rel<CourseVersion>;

  @Enum({ items: () => EnrolmentStatus, nativeEnumName: 'enrolment_status' })
  status: EnrolmentStatus = EnrolmentStatus.ACTIVE;

  @Enum({ items: () => EnrolmentSource, nativeEnumName: 'enrolment_source' })
  source: EnrolmentSource;

  @Property({ type: 'boolean', default: false })
  mandatory = false;

  @Property({ type: 'datetime', nullable: true })
  dueAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  assignedById: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  completedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  withdrawnAt: Date | null = null;

  /** 1 for a first enrolment; each renewal of an expiring certificate adds one. */
  @Property({ type: 'smallint', default: 1 })
  cycle = 1;

  /** The completed enrolment this renewal cycle follows (its certificate is expiring). */
  @Property({ type: 'uuid', nullable: true })
  renewsEnrolmentId: string | null = null;

  /** "Continue where you left off": the lesson last opened. */
  @Property({ type: 'uuid', nullable: true })
  lastLessonId: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  lastActivityAt: Date | null = null;

  constructor(user: User, version: CourseVersion, source: EnrolmentSource) {
    super();
    this.user = user;
    this.version = version;
    this.course = version.course;
    this.source = source;
  }

  get active(): boolean {
    return this.status === EnrolmentStatus.ACTIVE;
  }

  /** Active with a due date in the past. */
  overdue(now = new Date()): boolean {
    return this.active && this.dueAt !== null && this.dueAt.getTime() < now.getTime();
  }

  /** An admin ends the enrolment; progress and attempts close, the record stays. */
  withdraw(at = new Date()): void {
    this.status = EnrolmentStatus.WITHDRAWN;
    this.withdrawnAt = at;
  }

  /** A new due date; an expired enrolment becomes active again. */
  extendDeadline(dueAt: Date): void {
    this.dueAt = dueAt;
    if (this.status === EnrolmentStatus.EXPIRED) this.status = EnrolmentStatus.ACTIVE;
  }
}
