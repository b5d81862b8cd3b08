import { Entity, Index, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import { Institution, User } from '@parity/identity';
import { Course, CourseVersion, type TranslatedText } from '@parity/curriculum';
import { Enrolment } from '@parity/learning';
import { CertificateStatus } from './certificate-status.enum';

/**
 * The certificate of one completed enrolment: one per completion, by constraint (the issuer inserts with
 * `on conflict … do nothing` on the partial unique index of original certificates); a reissue replaces a revoked
 * certificate once (`reissueOf` unique). The holder's name and the course title are snapshots taken at issue, so
 * a later rename or a new course version does not change what was certified. Rows are written by the issuer's SQL.
 */
@Entity({ tableName: 'certificate' })
@Index({
  name: 'certificate_original_enrolment_unique',
  expression:
    'create unique index "certificate_original_enrolment_unique" on "certificate" ("enrolment_id") where "reissue_of_id" is null',
})
@Unique({ properties: ['reissueOf'] })
@Unique({ properties: ['statusIndex'] })
@Unique({ properties: ['serialNumber'] })
@Unique({ properties: ['verificationCode'] })
@Index({
  name: 'certificate_expiring_index',
  expression:
    'create index "certificate_expiring_index" on "certificate" ("expires_at") where "revoked_at" is null and "expires_at" is not null',
})
@Index({ properties: ['institution', 'issuedAt'] })
@Index({ properties: ['user', 'issuedAt'] })
export class Certificate extends BaseEntity {
  @ManyToOne({ entity: () => Enrolment, deleteRule: 'cascade' })
  enrolment!: Rel<Enrolment>;

  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  user!: Rel<User>;

  @ManyToOne({ entity: () => Course })
  course!: Rel<Course>;

  @ManyToOne({ entity: () => CourseVersion })
  version!: Rel<CourseVersion>;

  /** The issuing institution: the course's owner. */
  @ManyToOne({ entity: () => Institution })
  institution!: Rel<Institution>;

  /** Human-readable, sequential: `PAR-2026-000123`. */
  @Property({ type: 'string', length: 32 })
  serialNumber!: string;

  /** Unguessable (160 random bits, Crockford base32): the key of the public verification. */
  @Property({ type: 'string', length: 64 })
  verificationCode!: string;

  @Property({ type: 'string', length: 200 })
  holderName!: string;

  /** The title of the completed version in every language it had. */
  @Property({ type: 'json' })
  courseTitle!: TranslatedText;

  /** The language the certificate was issued in (the learner's); its PDF, e-mail and badge use it. */
  @Property({ type: 'string', length: 8 })
  locale!: string;

  @Property({ type: 'datetime' })
  issuedAt!: Date;

  /** Position in the revocation status list of the Open Badges credential (the issuer takes it from `certificate_status_index_seq`). */
  @Property({ type: 'integer' })
  statusIndex!: number;

  /**
   * The PDF in file storage, content-addressed (`certificates/sha256/<hex>`), written by the issuer with the row.
   * Null only on certificates issued before PDFs existed: their download renders and stores one.
   */
  @Property({ type: 'string', length: 200, nullable: true })
  pdfKey: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  pdfSha256: string | null = null;

  @Property({ type: 'integer', nullable: true })
  pdfSize: number | null = null;

  /** The revoked certificate this one replaces (an admin's reissue). */
  @ManyToOne({ entity: () => Certificate, nullable: true, deleteRule: 'set null' })
  reissueOf: Rel<Certificate> | null = null;

  /** When the holder dismissed the in-app notice of this certificate. */
  @Property({ type: 'datetime', nullable: true })
  noticeSeenAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  expiresAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  revocationReason: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  revokedById: string | null = null;

  status(now = new Date()): CertificateStatus {
    if (this.revokedAt) return CertificateStatus.REVOKED;
    if (this.expiresAt && this.expiresAt.getTime() <= now.getTime()) return CertificateStatus.EXPIRED;
    return CertificateStatus.VALID;
  }

  /** An admin withdraws the certificate; verification then says revoked, with the reason. */
  revoke(byId: string, reason: string, at = new Date()): void {
    this.revokedAt = at;
    this.revokedById = byId;
    this.revocationReason = reason;
  }
}
