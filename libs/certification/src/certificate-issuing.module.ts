import { Module } from '@nestjs/common';
import { MailModule } from '@parity/shared/mail';
import { CertificateDocuments } from './document/certificate-documents.service';
import { CertificateIssuer } from './issuing/certificate-issuer.service';
import { CertificateSweep } from './issuing/certificate-sweep.service';
import { CertificateWriter } from './issuing/certificate-writer.service';
import { ParticipationIssuer } from './issuing/participation-issuer.service';
import { CertificateRenewal } from './issuing/certificate-renewal.service';
import { CertificatePdfRenderer } from './pdf';

/**
 * Issuing, for the worker (the completion subscribers and the reconciliation sweep) and the api (reissue): no
 * GraphQL, no identity. Needs the global file storage.
 */
@Module({
  imports: [MailModule],
  providers: [
    CertificatePdfRenderer,
    CertificateDocuments,
    CertificateWriter,
    CertificateIssuer,
    ParticipationIssuer,
    CertificateSweep,
    CertificateRenewal,
  ],
  exports: [
    CertificateIssuer,
    ParticipationIssuer,
    CertificateSweep,
    CertificateRenewal,
    CertificateDocuments,
  ],
})
export class CertificateIssuingModule {}
