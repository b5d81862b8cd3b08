export { CertificationModule } from './certification.module';
export { CertificateIssuingModule } from './certificate-issuing.module';
export { CERTIFICATION_ENTITIES } from './certification.entities';
export { CertificationErrorCode, CERTIFICATION_ERROR_KINDS } from './certification.errors';
export { Certificate } from './certificate/certificate.entity';
export { CertificateStatus } from './certificate/certificate-status.enum';
export { CertificateKind } from './certificate/certificate-kind.enum';
export { CertificateIssuer, type IssueOutcome, type IssueResult } from './issuing/certificate-issuer.service';
export { ParticipationIssuer } from './issuing/participation-issuer.service';
export { readEngagementFacts, type EngagementFacts } from './issuing/engagement-facts';
export { engagementSourceKey } from './issuing/participation-title';
export { CertificateRenewal, CERTIFICATE_RENEWAL_BATCH } from './issuing/certificate-renewal.service';
export { CertificateDownload } from './certificate/certificate-download.service';
export { CertificateVerification } from './verification/certificate-verification.service';
export { CertificateDocuments } from './document/certificate-documents.service';
export { CertificateTemplate } from './template/certificate-template.entity';
export { CourseCertification } from './template/course-certification.entity';
export {
  CertificateSweep,
  CERTIFICATE_SWEEP_GRACE_MS,
  CERTIFICATE_SWEEP_BATCH,
} from './issuing/certificate-sweep.service';
export { MAX_UNKNOWN_CODES_PER_IP } from './verification/verification-rate-limiter';
export { OpenBadgesModule } from './badge/open-badges.module';
export { CredentialSigner } from './badge/credential-signer.service';
export { OpenBadgeService, type SignedBadge } from './badge/open-badge.service';
export { IssuerProfileService } from './badge/issuer-profile.service';
export { StatusListService, MAX_STATUS_LIST } from './badge/status-list.service';
export { STATUS_LIST_SIZE, statusListOf, statusPositionOf } from './badge/bitstring';
export type { OpenBadgeCredential, BitstringStatusListCredential } from './badge/open-badge.types';
export {
  CertificatePdfRenderer,
  CERTIFICATE_PDF_LOCALES,
  type CertificatePdfInput,
  type CertificatePdfTemplate,
  type CertificateSignatory,
} from './pdf';
