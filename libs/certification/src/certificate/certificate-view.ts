import type { Locale } from '@parity/curriculum';
import { localize } from '@parity/learning';
import type { CertificateType } from '../dto/certificate.type';
import type { Certificate } from './certificate.entity';

export function certificateView(certificate: Certificate, locale: Locale, now = new Date()): CertificateType {
  return {
    id: certificate.id,
    serialNumber: certificate.serialNumber,
    verificationCode: certificate.verificationCode,
    holderId: certificate.user.id,
    holderName: certificate.holderName,
    courseId: certificate.course.id,
    courseTitle: localize(certificate.courseTitle, locale),
    institutionId: certificate.institution.id,
    issuedAt: certificate.issuedAt,
    expiresAt: certificate.expiresAt,
    status: certificate.status(now),
    revokedAt: certificate.revokedAt,
    revocationReason: certificate.revocationReason,
  };
}
