export { CertificationModule } from './certification.module';
export { CertificateIssuingModule } from './certificate-issuing.module';
export { CERTIFICATION_ENTITIES } from './certification.entities';
export { CertificationErrorCode, CERTIFICATION_ERROR_KINDS } from './certification.errors';
export { Certificate } from './certificate/certificate.entity';
export { CertificateStatus } from './certificate/certificate-status.enum';
export { CertificateIssuer, type IssueOutcome } from './issuing/certificate-issuer.service';
export {
  CertificateSweep,
  CERTIFICATE_SWEEP_GRACE_MS,
  CERTIFICATE_SWEEP_BATCH,
} from './issuing/certificate-sweep.service';
export { MAX_UNKNOWN_CODES_PER_IP } from './verification/verification-rate-limiter';
