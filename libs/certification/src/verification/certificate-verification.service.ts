import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Locale } from '@parity/curriculum';
import { localize } from '@parity/learning';
import { notFound } from '@parity/shared/errors';
import { Certificate } from '../certificate/certificate.entity';
import type { CertificateVerificationType } from '../dto/certificate-verification.type';
import { normalizeVerificationCode } from '../issuing/verification-code';
import { VerificationRateLimiter } from './verification-rate-limiter';

/** The public view of a certificate by its code: rate-limited per IP; an unknown code is a plain NOT_FOUND. */
@Injectable()
export class CertificateVerification {
  constructor(
    private readonly em: EntityManager,
    private readonly limiter: VerificationRateLimiter,
  ) {}

  async verify(rawCode: string, ip: string, locale: Locale): Promise<CertificateVerificationType> {
    await this.limiter.take(ip);
    const code = normalizeVerificationCode(rawCode);
    const certificate = code
      ? await this.em.findOne(Certificate, { verificationCode: code }, { populate: ['institution'] })
      : null;
    if (!certificate) {
      await this.limiter.recordUnknown(ip);
      throw notFound('Certificate');
    }
    return {
      kind: certificate.kind,
      holderName: certificate.holderName,
      courseTitle: localize(certificate.courseTitle, locale),
      institutionName: certificate.institution.name,
      issuedAt: certificate.issuedAt,
      expiresAt: certificate.expiresAt,
      status: certificate.status(),
      revocationReason: certificate.revocationReason,
    };
  }
}
