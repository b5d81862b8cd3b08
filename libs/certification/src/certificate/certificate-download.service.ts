import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuthorizationService, type Actor } from '@parity/identity';
import { CertificateIssuer } from '../issuing/certificate-issuer.service';
import type { Certificate } from './certificate.entity';
import { readableCertificate } from './readable-certificate';

export interface CertificatePdf {
  certificate: Certificate;
  body: Readable;
  size: number;
}

/**
 * The PDF of a certificate, for its holder and the issuing institution's admins; anyone else gets NOT_FOUND, as if
 * it did not exist. A certificate issued before PDFs existed gets its PDF rendered and stored on first download.
 */
@Injectable()
export class CertificateDownload {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
    private readonly issuer: CertificateIssuer,
  ) {}

  async pdf(actor: Actor | null, id: string): Promise<CertificatePdf> {
    const certificate = await readableCertificate(this.em, this.authz, actor, id);
    if (!certificate.pdfKey || certificate.pdfSize === null) {
      const stored = await this.issuer.renderStored(this.em, certificate.id);
      certificate.pdfKey = stored.key;
      certificate.pdfSize = stored.size;
      certificate.pdfSha256 = stored.sha256;
    }
    return {
      certificate,
      body: await this.issuer.openPdf(certificate.pdfKey),
      size: certificate.pdfSize,
    };
  }
}
