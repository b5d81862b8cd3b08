import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Readable } from 'node:stream';
import { isLocale } from '@parity/curriculum';
import { localize } from '@parity/learning';
import type { EmailMessage } from '@parity/shared/mail';
import { CertificateKind } from '../certificate/certificate-kind.enum';
import { CertificateDocuments, type StoredPdf } from '../document/certificate-documents.service';
import { CertificateWriter, type CertificateDraft } from './certificate-writer.service';
import { readIssueFacts, type IssueFacts } from './issue-facts';

export type IssueOutcome = 'issued' | 'already-issued' | 'not-completed';

export interface IssueResult {
  outcome: IssueOutcome;
  certificateId: string | null;
  /** The learner's e-mail, written in the same transaction; hand it to `EmailOutbox.dispatch` after commit. */
  email: EmailMessage | null;
}

/** The certificate of a completed enrolment, as the writer takes it. */
function courseDraft(facts: IssueFacts): CertificateDraft {
  return {
    kind: CertificateKind.COURSE,
    enrolmentId: facts.enrolmentId,
    courseId: facts.courseId,
    versionId: facts.versionId,
    sourceKey: null,
    programmeId: null,
    userId: facts.userId,
    email: facts.email,
    holderName: facts.holderName,
    locale: facts.locale,
    timeZone: facts.timeZone,
    title: facts.courseTitle,
    subject: (locale) => localize(facts.courseTitle, locale).text,
    institutionId: facts.institutionId,
    institutionName: facts.institutionName,
    validityMonths: facts.validityMonths,
    look: facts,
  };
}

/**
 * Issues the certificate of a completed enrolment, once. Call it inside a transaction: the enrolment is read
 * `for share` (it stays completed), the PDF is rendered and stored under its hash, and the row goes in with
 * `on conflict do nothing` on the unique original certificate of the enrolment, together with the learner's e-mail.
 * A parallel or repeated call (a redelivered event, the sweep racing the subscriber) finds the row or loses the
 * conflict and discards its PDF: one certificate, one e-mail. Serial numbers come from a sequence (unique, not dense).
 */
@Injectable()
export class CertificateIssuer {
  constructor(
    private readonly documents: CertificateDocuments,
    private readonly writer: CertificateWriter,
  ) {}

  async issueFor(em: EntityManager, enrolmentId: string): Promise<IssueResult> {
    // Duplicates of one completion queue here instead of each rendering a PDF only to lose the insert.
    await em.execute(`select pg_advisory_xact_lock(hashtextextended(?, 7021))`, [
      `certificate:${enrolmentId}`,
    ]);
    const facts = await readIssueFacts(em, enrolmentId);
    if (!facts?.completed) return { outcome: 'not-completed', certificateId: null, email: null };
    if (facts.existingCertificateId)
      return { outcome: 'already-issued', certificateId: facts.existingCertificateId, email: null };
    return this.issue(em, facts, null);
  }

  /**
   * Writes a certificate for the facts: a fresh serial number, verification code and status-list position, the
   * PDF, the row and the e-mail. `reissueOf` names the revoked certificate a reissue replaces.
   */
  async issue(em: EntityManager, facts: IssueFacts, reissueOf: string | null): Promise<IssueResult> {
    const { certificateId, email } = await this.writer.write(em, courseDraft(facts), reissueOf);
    if (certificateId) return { outcome: 'issued', certificateId, email };
    const existing = await readIssueFacts(em, facts.enrolmentId);
    return {
      outcome: 'already-issued',
      certificateId: existing?.existingCertificateId ?? null,
      email: null,
    };
  }

  /**
   * Renders and stores the PDF of a course certificate that has none (issued before PDFs existed), with its own
   * serial, code and dates, and records it on the row. (Participation certificates always have theirs.)
   */
  async renderStored(em: EntityManager, certificateId: string): Promise<StoredPdf> {
    const [row] = await em.execute<
      {
        enrolment_id: string | null;
        locale: string;
        serial_number: string;
        verification_code: string;
        issued_at: Date;
        expires_at: Date | null;
      }[]
    >(
      `select enrolment_id, locale, serial_number, verification_code, issued_at, expires_at from certificate where id = ?`,
      [certificateId],
    );
    const facts = row?.enrolment_id ? await readIssueFacts(em, row.enrolment_id) : null;
    if (!row || !facts) throw new Error(`certificate ${certificateId} has no enrolment to render from`);
    const pdf = await this.writer.renderPdf(courseDraft(facts), {
      locale: isLocale(row.locale) ? row.locale : 'en',
      serialNumber: row.serial_number,
      code: row.verification_code,
      issuedAt: new Date(row.issued_at),
      expiresAt: row.expires_at ? new Date(row.expires_at) : null,
    });
    await em.execute(
      `update certificate set pdf_key = ?, pdf_sha256 = ?, pdf_size = ? where id = ? and pdf_key is null`,
      [pdf.key, pdf.sha256, pdf.size, certificateId],
    );
    return pdf;
  }

  openPdf(key: string): Promise<Readable> {
    return this.documents.open(key);
  }
}
