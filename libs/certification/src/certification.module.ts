import { Module } from '@nestjs/common';
import { IdentityModule } from '@parity/identity';
import { MailModule } from '@parity/shared/mail';
import { CertificateIssuingModule } from './certificate-issuing.module';
import { CertificateDownload } from './certificate/certificate-download.service';
import { CertificateNotice } from './certificate/certificate-notice.service';
import { CertificateQueryService } from './certificate/certificate-query.service';
import { CertificateReissue } from './certificate/certificate-reissue.service';
import { CertificateResolver } from './certificate/certificate.resolver';
import { CertificateRevocation } from './certificate/certificate-revocation.service';
import { CertificateTemplateResolver } from './template/certificate-template.resolver';
import { CertificateTemplateService } from './template/certificate-template.service';
import { CourseCertificationService } from './template/course-certification.service';
import { CertificateVerification } from './verification/certificate-verification.service';
import { VerificationRateLimiter } from './verification/verification-rate-limiter';
import { VerificationResolver } from './verification/verification.resolver';

/**
 * Certification in the api: one's certificates, an institution's list, revocation and reissue, templates and
 * course settings, public verification.
 */
@Module({
  imports: [IdentityModule, MailModule, CertificateIssuingModule],
  providers: [
    CertificateQueryService,
    CertificateRevocation,
    CertificateReissue,
    CertificateNotice,
    CertificateDownload,
    CertificateResolver,
    CertificateTemplateService,
    CourseCertificationService,
    CertificateTemplateResolver,
    VerificationRateLimiter,
    CertificateVerification,
    VerificationResolver,
  ],
  exports: [CertificateVerification, CertificateQueryService, CertificateDownload, CertificateIssuingModule],
})
export class CertificationModule {}
