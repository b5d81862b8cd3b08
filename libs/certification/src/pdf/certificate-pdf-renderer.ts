import { Injectable } from '@nestjs/common';
import { PDFDocument, rgb } from 'pdf-lib';
import './node-deflate';
import { CachedFontkit } from './cached-fontkit';
import { drawFrame, drawLogo, drawStatement } from './certificate-body';
import { PAGE_HEIGHT, PAGE_WIDTH, type CertificateCanvas } from './certificate-canvas';
import { certificateFontFiles } from './certificate-fonts';
import { drawDates, drawSignatories, drawVerification } from './certificate-footer';
import { embedLogo } from './certificate-logo';
import { certificateCopy, certificateLocale, formatCertificateDate } from './certificate-pdf-copy';
import type { CertificatePdfInput } from './certificate-pdf-input';
import { hexColor } from './hex-color';

/** Parsed fonts are shared by every render in the process (see {@link CachedFontkit}). */
const FONTKIT = new CachedFontkit();
const DEFAULT_PRIMARY = rgb(0x1d / 255, 0x4e / 255, 0x89 / 255);
const DEFAULT_ACCENT = rgb(0xc8 / 255, 0x9b / 255, 0x3c / 255);
/**
 * pdf-lib writes glyph ids and advance widths only, never fontkit's glyph positions, so the positioning features
 * (kerning, mark placement) would be computed for nothing on every measure and draw. Substitutions (ligatures,
 * composed accents, local forms) still apply.
 */
const FONT_OPTIONS = { subset: true, features: { kern: false, mark: false, mkmk: false, curs: false } };

/**
 * Renders a certificate as a one-page A4 landscape PDF in the worker, without a browser. The output depends on the
 * input alone (no clock, no random ids; the creation date is the issue date), so rendering twice gives the same
 * bytes and the stored file's SHA-256 is stable. Each call builds its own document, so renders may run concurrently.
 * Budget: a few milliseconds per certificate (fonts parsed once, zlib instead of pako, the QR code as raw operators).
 */
@Injectable()
export class CertificatePdfRenderer {
  async render(input: CertificatePdfInput): Promise<Buffer> {
    const locale = certificateLocale(input.locale);
    const copy = certificateCopy(locale);
    const date = (value: Date): string => formatCertificateDate(value, locale, input.timeZone);
    const participation = input.kind === 'participation';
    const heading = participation ? copy.participationHeading : copy.heading;

    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.registerFontkit(FONTKIT);
    const fonts = certificateFontFiles();
    const regular = await doc.embedFont(fonts.regular, FONT_OPTIONS);
    const bold = await doc.embedFont(fonts.bold, FONT_OPTIONS);
    const logo = await embedLogo(doc, input.template.logo);

    doc.setTitle(`${heading} — ${input.holderName}`, { showInWindowTitleBar: true });
    doc.setAuthor(input.institutionName);
    doc.setLanguage(locale);
    doc.setCreationDate(input.issuedAt);
    doc.setModificationDate(input.issuedAt);

    const canvas: CertificateCanvas = {
      page: doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]),
      regular,
      bold,
      primary: hexColor(input.template.primaryColor, DEFAULT_PRIMARY),
      accent: hexColor(input.template.accentColor, DEFAULT_ACCENT),
    };
    drawFrame(canvas);
    if (logo) drawLogo(canvas, logo);
    drawStatement(canvas, {
      heading,
      certifies: copy.certifies,
      holderName: input.holderName,
      completed: participation ? copy.participated : copy.completed,
      courseTitle: input.courseTitle,
      institutionName: input.institutionName,
    });
    const footer = {
      issuedOn: copy.issuedOn(date(input.issuedAt)),
      validUntil: input.expiresAt ? copy.validUntil(date(input.expiresAt)) : null,
      serial: copy.serial(input.serialNumber),
      signatories: input.template.signatories,
      verificationUrl: input.verificationUrl,
      verifyCaption: copy.verifyAt(input.verificationUrl),
    };
    drawDates(canvas, footer);
    drawSignatories(canvas, footer.signatories);
    drawVerification(canvas, footer);

    const bytes = await doc.save({ useObjectStreams: false });
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
}
