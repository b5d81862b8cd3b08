import type { Locale } from '@parity/curriculum';
import { localize } from '@parity/learning';
import type { CertificateType } from '../dto/certificate.type';
import type { Certificate } from './certificate.entity';

/** Where the links of a certificate point: the platform's public address, and what replaced revoked ones. */
export interface CertificateViewContext {
  publicUrl: string;
  replacements: ReadonlyMap<string, string>;
}

export function certificateView(
  certificate: Certificate,
  locale: Locale,
  context: CertificateViewContext,
  now = new Date(),
): CertificateType {
  return {
    id: certificate.id,
    serialNumber: certificate.serialNumber,
    verificationCode: certificate.verificationCode,
    holderId: certificate.user.id,
    holderName: certificate.holderName,
    kind: certificate.kind,
    courseId: certificate.course?.id ?? null,
    courseTitle: localize(certificate.courseTitle, locale),
    institutionId: certificate.institution.id,
    issuedAt: certificate.issuedAt,
    expiresAt: certificate.expiresAt,
    status: certificate.status(now),
    revokedAt: certificate.revokedAt,
    revocationReason: certificate.revocationReason,
    locale: certificate.locale,
    verificationUrl: new URL(`/verify/${certificate.verificationCode}`, context.publicUrl).toString(),
    pdfUrl: `/certificates/${certificate.id}/pdf`,
    badgeUrl: `/certificates/${certificate.id}/badge.json`,
    noticeSeen: certificate.noticeSeenAt !== null,
    reissueOfId: certificate.reissueOf?.id ?? null,
    replacedById: context.replacements.get(certificate.id) ?? null,
  };
}
