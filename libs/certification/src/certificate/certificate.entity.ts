import { Check, Entity, Enum, Index, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import { Institution, User } from '@parity/identity';
import { Course, CourseVersion, type TranslatedText } from '@parity/curriculum';
import { Enrolment } from '@parity/learning';
import { CertificateKind } from './certificate-kind.enum';
import { CertificateStatus } from './certificate-status.enum';

/**
 * A certificate: of one completed enrolment (kind `course`), or of participation in a coaching programme (kind
 * `participation`: one completed engagement, named by `sourceKey` = `coaching-engagement:<id>`, with no enrolment,
 * course or version). One per completion, by constraint (the issuers insert with `on conflict … do nothing` on the
 * partial unique indexes of original certificates, by enrolment and by source); a reissue replaces a revoked
 * certificate once (`reissueOf` unique). The holder's name and the title are snapshots taken at issue, so a later
 * rename or a new course version does not change what was certified. Rows are written by the issuers' SQL.
 */
@Entity({ tableName: 'certificate' })
@Index({
  name: 'certificate_original_enrolment_unique',
  expression:
    'create unique index "certificate_original_enrolment_unique" on "certificate" ("enrolment_id") where "reissue_of_id" is null',
})
@Index({
  name: 'certificate_original_source_unique',
  expression:
    'create unique index "certificate_original_source_unique" on "certificate" ("source_key") where "reissue_of_id" is null',
})
@Check({
  name: 'certificate_kind_check',
  expression: `(kind = 'course' and enrolment_id is not null and course_id is not null and version_id is not null)
    or (kind = 'participation' and source_key is not null and programme_id is not null and expires_at is null)`,
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
  @Enum({ items: () => CertificateKind, nativeEnumName: 'certificate_kind', default: CertificateKind.COURSE })
  kind: CertificateKind = CertificateKind.COURSE;

  /** The completed enrolment (course certificates only). */
  @ManyToOne({ entity: () => Enrolment, deleteRule: 'cascade', nullable: true })
  enrolment: Rel<Enrolment> | null = null;

  /**
   * What a certificate that is not of an enrolment certifies, as a stable key (`coaching-engagement:<id>`): unique
   * among original certificates, so issuing twice is impossible. A reissue carries its original's key.
   */
  @Property({ type: 'string', length: 200, nullable: true })
  sourceKey: string | null = null;

  /**
   * The coaching programme a participation certificate is of (its Open Badge's achievement). No foreign key:
   * certification does not depend on coaching, and the certificate outlives the programme's row.
   */
  @Property({ type: 'uuid', nullable: true })
  programmeId: string | null = null;

  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  user!: Rel<User>;

  @ManyToOne({ entity: () => Course, nullable: true, deleteRule: 'no action' })
  course: Rel<Course> | null = null;

  @ManyToOne({ entity: () => CourseVersion, nullable: true, deleteRule: 'no action' })
  version: Rel<CourseVersion> | null = null;

  /** The issuing institution: the course's owner, or the coaching programme's institution. */
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

  /**
   * The title, in every language it had: of the completed course version, or "Certificate of participation —
   * <programme>" in every language Parity speaks.
   */
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
