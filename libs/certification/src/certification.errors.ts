import type { ErrorKind } from '@parity/shared/errors';
import { DomainError } from '@parity/shared/errors';

/** Error codes of the certification domain (extensions.code). Each one has a kind below; the API maps them all. */
export enum CertificationErrorCode {
  /** The certificate was revoked already (its reason and date stay as they were). */
  CERTIFICATE_ALREADY_REVOKED = 'CERTIFICATE_ALREADY_REVOKED',
}

export const CERTIFICATION_ERROR_KINDS: Record<CertificationErrorCode, ErrorKind> = {
  [CertificationErrorCode.CERTIFICATE_ALREADY_REVOKED]: 'conflict',
};

export const certificateAlreadyRevoked = (): DomainError =>
  new DomainError(CertificationErrorCode.CERTIFICATE_ALREADY_REVOKED, 'This certificate is already revoked.');
