/** What a verifier is told about a certificate: valid, past its expiry, or revoked (revocation wins). */
export enum CertificateStatus {
  VALID = 'VALID',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}
