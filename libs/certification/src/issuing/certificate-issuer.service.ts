import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Readable } from 'node:stream';
import { isLocale, type Locale } from '@parity/curriculum';
import { localize } from '@parity/learning';
import { APP_CONFIG, type AppConfig } from '@parity/shared/config';
import { EmailOutbox, type EmailMessage } from '@parity/shared/mail';
import { CertificateDocuments, type StoredPdf } from '../document/certificate-documents.service';
import { renderCertificateEmail } from '../delivery/certificate-email';
import { addMonths } from './add-months';
import { readIssueFacts, type IssueFacts } from './issue-facts';
import { newVerificationCode } from './verification-code';

export type IssueOutcome = 'issued' | 'already-issued' | 'not-completed';

export interface IssueResult {
  outcome: IssueOutcome;
  certificateId: string | null;
  /** The learner's e-mail, written in the same transaction; hand it to `EmailOutbox.dispatch` after commit. */
  email: EmailMessage | null;
}

const DEFAULT_LOOK = { primaryColor: '#1d4e89', accentColor: '#c8a951' };

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
    private readonly outbox: EmailOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
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
    const [numbers] = await em.execute<{ serial: string; status_index: number; issued_at: Date }[]>(
      `select 'PAR-' || to_char(now() at time zone 'UTC', 'YYYY') || '-' || lpad(nextval('certificate_serial_seq')::text, 6, '0') as serial,
         nextval('certificate_status_index_seq')::int as status_index, date_trunc('milliseconds', now()) as issued_at`,
    );
    if (!numbers) throw new Error('the certificate sequences answered nothing');
    const locale = isLocale(facts.locale) ? facts.locale : 'en';
    const issuedAt = new Date(numbers.issued_at);
    const expiresAt = facts.validityMonths ? addMonths(issuedAt, facts.validityMonths) : null;
    const code = newVerificationCode();
    const courseTitle = localize(facts.courseTitle, locale).text;
    const verificationUrl = this.documents.verificationUrl(code);
    const pdf = await this.renderPdf(facts, {
      locale,
      serialNumber: numbers.serial,
      code,
      issuedAt,
      expiresAt,
    });
    const inserted = await em.execute<{ id: string }[]>(
      `insert into certificate (id, created_at, enrolment_id, user_id, course_id, version_id, institution_id,
         serial_number, verification_code, holder_name, course_title, locale, issued_at, expires_at, status_index,
         pdf_key, pdf_sha256, pdf_size, reissue_of_id)
       values (gen_random_uuid(), now(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict do nothing
       returning id`,
      [
        facts.enrolmentId,
        facts.userId,
        facts.courseId,
        facts.versionId,
        facts.institutionId,
        numbers.serial,
        code,
        facts.holderName,
        JSON.stringify(facts.courseTitle),
        locale,
        issuedAt,
        expiresAt,
        numbers.status_index,
        pdf.key,
        pdf.sha256,
        pdf.size,
        reissueOf,
      ],
    );
    const certificateId = inserted[0]?.id;
    if (!certificateId) {
      await this.documents.discard(pdf.key);
      const existing = await readIssueFacts(em, facts.enrolmentId);
      return {
        outcome: 'already-issued',
        certificateId: existing?.existingCertificateId ?? null,
        email: null,
      };
    }
    const message = renderCertificateEmail({
      locale,
      timeZone: facts.timeZone,
      holderName: facts.holderName,
      courseTitle,
      institutionName: facts.institutionName,
      expiresAt,
      verificationUrl,
      certificatesUrl: new URL('/learn/certificates', this.config.PUBLIC_URL).toString(),
    });
    const email = this.outbox.write(em, {
      kind: 'certificate-issued',
      to: facts.email,
      locale,
      institutionId: facts.institutionId,
      ...message,
    });
    return { outcome: 'issued', certificateId, email };
  }

  /**
   * Renders and stores the PDF of a certificate that has none (issued before PDFs existed), with its own serial,
   * code and dates, and records it on the row.
   */
  async renderStored(em: EntityManager, certificateId: string): Promise<StoredPdf> {
    const [row] = await em.execute<
      {
        enrolment_id: string;
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
    const facts = row ? await readIssueFacts(em, row.enrolment_id) : null;
    if (!row || !facts) throw new Error(`certificate ${certificateId} has no enrolment to render from`);
    const pdf = await this.renderPdf(facts, {
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

  private async renderPdf(
    facts: IssueFacts,
    certificate: {
      locale: Locale;
      serialNumber: string;
      code: string;
      issuedAt: Date;
      expiresAt: Date | null;
    },
  ): Promise<StoredPdf> {
    return this.documents.store({
      locale: certificate.locale,
      timeZone: facts.timeZone,
      holderName: facts.holderName,
      courseTitle: localize(facts.courseTitle, certificate.locale).text,
      institutionName: facts.institutionName,
      serialNumber: certificate.serialNumber,
      issuedAt: certificate.issuedAt,
      expiresAt: certificate.expiresAt,
      verificationUrl: this.documents.verificationUrl(certificate.code),
      template: {
        primaryColor: facts.primaryColor ?? DEFAULT_LOOK.primaryColor,
        accentColor: facts.accentColor ?? DEFAULT_LOOK.accentColor,
        logo: await this.documents.logo(facts.logoKey),
        signatories: facts.signatories ?? [],
      },
    });
  }
}
