import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@parity/shared/config';
import { contentAddressedKey, FILE_STORAGE, readBody, type FileStorage } from '@parity/shared/storage';
import { CertificatePdfRenderer, type CertificatePdfInput } from '../pdf';

export interface StoredPdf {
  key: string;
  sha256: string;
  size: number;
}

/** Logos are content-addressed, so a cached one never goes stale; a few dozen institutions fit easily. */
const LOGO_CACHE_LIMIT = 64;

/**
 * Certificate PDFs in file storage: rendered, stored under their SHA-256 (the same bytes always land on the same
 * key, so a retried issue rewrites the same file), read back for download. Also the verification URL, so the PDF's
 * QR code, the e-mail and the page agree.
 */
@Injectable()
export class CertificateDocuments {
  private readonly logos = new Map<string, Buffer>();

  constructor(
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly renderer: CertificatePdfRenderer,
  ) {}

  verificationUrl(code: string): string {
    return new URL(`/verify/${code}`, this.config.PUBLIC_URL).toString();
  }

  async store(input: CertificatePdfInput): Promise<StoredPdf> {
    const pdf = await this.renderer.render(input);
    const key = contentAddressedKey('certificates', pdf);
    await this.storage.put(key, pdf, { contentType: 'application/pdf', size: pdf.length });
    return { key, sha256: createHash('sha256').update(pdf).digest('hex'), size: pdf.length };
  }

  open(key: string): Promise<Readable> {
    return this.storage.get(key);
  }

  /** Removes a PDF nobody references (its certificate lost a race); content-addressed, so it was unique to it. */
  discard(key: string): Promise<void> {
    return this.storage.delete(key);
  }

  async logo(key: string | null): Promise<Buffer | null> {
    if (!key) return null;
    const cached = this.logos.get(key);
    if (cached) return cached;
    const logo = await readBody(await this.storage.get(key));
    if (this.logos.size >= LOGO_CACHE_LIMIT) this.logos.delete(this.logos.keys().next().value as string);
    this.logos.set(key, logo);
    return logo;
  }
}
