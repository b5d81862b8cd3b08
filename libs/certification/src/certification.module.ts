import { Module } from '@nestjs/common';
import { IdentityModule } from '@parity/identity';
import { CertificateQueryService } from './certificate/certificate-query.service';
import { CertificateResolver } from './certificate/certificate.resolver';
import { CertificateRevocation } from './certificate/certificate-revocation.service';
import { CertificateVerification } from './verification/certificate-verification.service';
import { VerificationRateLimiter } from './verification/verification-rate-limiter';
import { VerificationResolver } from './verification/verification.resolver';

/** Certification in the api: one's certificates, an institution's list, revocation, public verification. */
@Module({
  imports: [IdentityModule],
  providers: [
    CertificateQueryService,
    CertificateRevocation,
    CertificateResolver,
    VerificationRateLimiter,
    CertificateVerification,
    VerificationResolver,
  ],
})
export class CertificationModule {}
