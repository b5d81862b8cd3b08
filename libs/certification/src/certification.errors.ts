import type { ErrorKind } from '@parity/shared/errors';
import { DomainError } from '@parity/shared/errors';

/** Error codes of the certification domain (extensions.code). Each one has a kind below; the API maps them all. */
export enum CertificationErrorCode {
  /** The certificate was revoked already (its reason and date stay as they were). */
  CERTIFICATE_ALREADY_REVOKED = 'CERTIFICATE_ALREADY_REVOKED',
  /** Only a revoked certificate can be reissued (revoke it first, with the reason). */
  CERTIFICATE_NOT_REVOKED = 'CERTIFICATE_NOT_REVOKED',
  /** This revoked certificate was reissued already; its replacement is the current one. */
  CERTIFICATE_ALREADY_REISSUED = 'CERTIFICATE_ALREADY_REISSUED',
  /** The holder's enrolment (or coaching engagement) is no longer completed, so there is nothing to certify again. */
  CERTIFICATE_NOT_REISSUABLE = 'CERTIFICATE_NOT_REISSUABLE',
}

export const CERTIFICATION_ERROR_KINDS: Record<CertificationErrorCode, ErrorKind> = {
  [CertificationErrorCode.CERTIFICATE_ALREADY_REVOKED]: 'conflict',
  [CertificationErrorCode.CERTIFICATE_NOT_REVOKED]: 'conflict',
  [CertificationErrorCode.CERTIFICATE_ALREADY_REISSUED]: 'conflict',
  [CertificationErrorCode.CERTIFICATE_NOT_REISSUABLE]: 'conflict',
};

export const certificateAlreadyRevoked = (): DomainError =>
  new DomainError(CertificationErrorCode.CERTIFICATE_ALREADY_REVOKED, 'This certificate is already revoked.');

export const certificateNotRevoked = (): DomainError =>
  new DomainError(
    CertificationErrorCode.CERTIFICATE_NOT_REVOKED,
    'Only a revoked certificate can be reissued: revoke it first, with the reason.',
  );

export const certificateAlreadyReissued = (): DomainError =>
  new DomainError(
    CertificationErrorCode.CERTIFICATE_ALREADY_REISSUED,
    'This certificate was reissued already; its replacement is the current certificate.',
  );

export const certificateNotReissuable = (): DomainError =>
  new DomainError(
    CertificationErrorCode.CERTIFICATE_NOT_REISSUABLE,
    'The holder’s enrolment or coaching engagement is no longer completed, so the certificate cannot be reissued.',
  );
