import { Entity, ManyToOne, OneToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import { Course } from '@parity/curriculum';
import { CertificateTemplate } from './certificate-template.entity';

/**
 * A course's certificate settings: which template its certificates use (else the institution's default) and how
 * long they stay valid. With a validity, the renewal sweep opens a new enrolment cycle `renewalLeadDays` before a
 * certificate expires, so re-completion is due by the expiry date.
 */
@Entity({ tableName: 'course_certification' })
export class CourseCertification extends BaseEntity {
  @OneToOne({ entity: () => Course, owner: true, unique: true, deleteRule: 'cascade' })
  course: Rel<Course>;

  @ManyToOne({ entity: () => CertificateTemplate, nullable: true, deleteRule: 'set null' })
  template: Rel<CertificateTemplate> | null = null;

  /** Months a certificate of this course stays valid; null: it does not expire. */
  @Property({ type: 'smallint', nullable: true })
  validityMonths: number | null = null;

  /** Days before expiry that the renewal cycle opens. */
  @Property({ type: 'smallint', default: 60 })
  renewalLeadDays = 60;

  @Property({ type: 'datetime', onUpdate: () => new Date(), nullable: true })
  updatedAt: Date | null = null;

  constructor(course: Course) {
    super();
    this.course = course;
  }
}
