import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isLocale, type Locale, type TranslatedText } from '@parity/curriculum';
import { APP_CONFIG, type AppConfig } from '@parity/shared/config';
import { EmailOutbox, type EmailMessage } from '@parity/shared/mail';
import { CertificateKind } from '../certificate/certificate-kind.enum';
import { renderCertificateEmail } from '../delivery/certificate-email';
import { CertificateDocuments, type StoredPdf } from '../document/certificate-documents.service';
import type { TemplateSignatory } from '../template/certificate-template.entity';
import { addMonths } from './add-months';
import { newVerificationCode } from './verification-code';

const DEFAULT_LOOK = { primaryColor: '#1d4e89', accentColor: '#c8a951' };

/** How a certificate looks: its template's, or the built-in look where a field is null. */
export interface CertificateLook {
  primaryColor: string | null;
  accentColor: string | null;
  logoKey: string | null;
  signatories: TemplateSignatory[] | null;
}

/** Everything one certificate row, its PDF and its e-mail are made of, whatever it certifies. */
export interface CertificateDraft {
  kind: CertificateKind;
  /** Course certificates: the completion. */
  enrolmentId: string | null;
  courseId: string | null;
  versionId: string | null;
  /** Participation certificates: what is certified (`coaching-engagement:<id>`) and of which programme. */
  sourceKey: string | null;
  programmeId: string | null;
  userId: string;
  email: string;
  holderName: string;
  locale: string;
  timeZone: string;
  /** The snapshot stored on the row (and shown by verification, lists and the badge). */
  title: TranslatedText;
  /** What the PDF and the e-mail name in `locale`: the course's title, or the programme's name. */
  subject: (locale: Locale) => string;
  institutionId: string;
  institutionName: string;
  validityMonths: number | null;
  look: CertificateLook;
}

/** The numbers and dates of one certificate, printed on its PDF. */
export interface CertificateStamp {
  locale: Locale;
  serialNumber: string;
  code: string;
  issuedAt: Date;
  expiresAt: Date | null;
}

export interface WrittenCertificate {
  /** Null when the insert lost to an existing original (or reissue) of the same completion. */
  certificateId: string | null;
  email: EmailMessage | null;
}

/**
 * Writes one certificate inside the caller's transaction: a fresh serial number, verification code and status-list
 * position, the PDF (stored under its hash), the row (`on conflict do nothing`: a lost race discards the PDF) and
 * the holder's e-mail. The issuers decide whether a certificate is due; this only writes it.
 */
@Injectable()
export class CertificateWriter {
  constructor(
    private readonly documents: CertificateDocuments,
    private readonly outbox: EmailOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async write(
    em: EntityManager,
    draft: CertificateDraft,
    reissueOf: string | null,
  ): Promise<WrittenCertificate> {
    const [numbers] = await em.execute<{ serial: string; status_index: number; issued_at: Date }[]>(
      `select 'PAR-' || to_char(now() at time zone 'UTC', 'YYYY') || '-' || lpad(nextval('certificate_serial_seq')::text, 6, '0') as serial,
         nextval('certificate_status_index_seq')::int as status_index, date_trunc('milliseconds', now()) as issued_at`,
    );
    if (!numbers) throw new Error('the certificate sequences answered nothing');
    const locale = isLocale(draft.locale) ? draft.locale : 'en';
    const issuedAt = new Date(numbers.issued_at);
    const expiresAt = draft.validityMonths ? addMonths(issuedAt, draft.validityMonths) : null;
    const code = newVerificationCode();
    const pdf = await this.renderPdf(draft, {
      locale,
      serialNumber: numbers.serial,
      code,
      issuedAt,
      expiresAt,
    });
    const inserted = await em.execute<{ id: string }[]>(
      `insert into certificate (id, created_at, kind, enrolment_id, source_key, programme_id, user_id, course_id,
         version_id, institution_id, serial_number, verification_code, holder_name, course_title, locale, issued_at,
         expires_at, status_index, pdf_key, pdf_sha256, pdf_size, reissue_of_id)
       values (gen_random_uuid(), now(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict do nothing
       returning id`,
      [
        draft.kind,
        draft.enrolmentId,
        draft.sourceKey,
        draft.programmeId,
        draft.userId,
        draft.courseId,
        draft.versionId,
        draft.institutionId,
        numbers.serial,
        code,
        draft.holderName,
        JSON.stringify(draft.title),
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
      return { certificateId: null, email: null };
    }
    const message = renderCertificateEmail({
      locale,
      timeZone: draft.timeZone,
      holderName: draft.holderName,
      kind: draft.kind,
      courseTitle: draft.subject(locale),
      institutionName: draft.institutionName,
      expiresAt,
      verificationUrl: this.documents.verificationUrl(code),
      certificatesUrl: new URL('/learn/certificates', this.config.PUBLIC_URL).toString(),
    });
    const email = this.outbox.write(em, {
      kind: 'certificate-issued',
      to: draft.email,
      locale,
      institutionId: draft.institutionId,
      ...message,
    });
    return { certificateId, email };
  }

  /** Renders and stores the PDF of a draft with the given numbers and dates (the same input gives the same file). */
  async renderPdf(draft: CertificateDraft, stamp: CertificateStamp): Promise<StoredPdf> {
    return this.documents.store({
      locale: stamp.locale,
      timeZone: draft.timeZone,
      holderName: draft.holderName,
      kind: draft.kind === CertificateKind.PARTICIPATION ? 'participation' : 'course',
      courseTitle: draft.subject(stamp.locale),
      institutionName: draft.institutionName,
      serialNumber: stamp.serialNumber,
      issuedAt: stamp.issuedAt,
      expiresAt: stamp.expiresAt,
      verificationUrl: this.documents.verificationUrl(stamp.code),
      template: {
        primaryColor: draft.look.primaryColor ?? DEFAULT_LOOK.primaryColor,
        accentColor: draft.look.accentColor ?? DEFAULT_LOOK.accentColor,
        logo: await this.documents.logo(draft.look.logoKey),
        signatories: draft.look.signatories ?? [],
      },
    });
  }
}
