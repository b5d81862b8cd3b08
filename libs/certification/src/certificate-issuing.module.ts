import { Module } from '@nestjs/common';
import { CertificateIssuer } from './issuing/certificate-issuer.service';
import { CertificateSweep } from './issuing/certificate-sweep.service';

/** Issuing, for the worker (the completion subscriber and the reconciliation sweep): no GraphQL, no identity. */
@Module({
  providers: [CertificateIssuer, CertificateSweep],
  exports: [CertificateIssuer, CertificateSweep],
})
export class CertificateIssuingModule {}
