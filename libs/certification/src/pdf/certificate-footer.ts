import { create as createQr } from 'qrcode';
import { drawCentred, fit, INK, MUTED, PAGE_WIDTH, type CertificateCanvas } from './certificate-canvas';
import type { CertificateSignatory } from './certificate-pdf-input';
import { qrOperators, QR_QUIET_ZONE } from './qr-operators';
import { textWidth } from './text-widths';

/** The lines under the statement, already translated and formatted. */
export interface CertificateFooter {
  issuedOn: string;
  validUntil: string | null;
  serial: string;
  signatories: CertificateSignatory[];
  verificationUrl: string;
  verifyCaption: string;
}

const LEFT = 56;
const DATES_WIDTH = 190;
const SIGNATURE_AREA = { left: 262, right: 662, lineY: 104 };
/** The QR code, quiet zone included, sits in the bottom-right corner inside the inner border. */
export const QR_BOX = { x: PAGE_WIDTH - 44 - 110, y: 52, width: 110 };
const MAX_SIGNATORIES = 3;

/** Issue date, expiry (when there is one) and serial number, bottom-left. */
export function drawDates(canvas: CertificateCanvas, footer: CertificateFooter): void {
  const rows = [
    { text: footer.issuedOn, font: canvas.bold, size: 10, color: INK },
    ...(footer.validUntil ? [{ text: footer.validUntil, font: canvas.regular, size: 10, color: INK }] : []),
    { text: footer.serial, font: canvas.regular, size: 9, color: MUTED },
  ];
  let y = 112;
  for (const row of rows) {
    const { lines, size } = fit(row.font, row.text, {
      maxWidth: DATES_WIDTH,
      maxLines: 1,
      size: row.size,
      minSize: 6,
    });
    canvas.page.drawText(lines[0] ?? '', { x: LEFT, y, font: row.font, size, color: row.color });
    y -= 16;
  }
}

/** Up to three signatories side by side in the middle: a line to sign on, the name, and the title. */
export function drawSignatories(canvas: CertificateCanvas, signatories: CertificateSignatory[]): void {
  const shown = signatories.slice(0, MAX_SIGNATORIES);
  const slot = (SIGNATURE_AREA.right - SIGNATURE_AREA.left) / Math.max(shown.length, 1);
  const width = Math.min(slot - 24, 170);
  shown.forEach((signatory, index) => {
    const centreX = SIGNATURE_AREA.left + slot * (index + 0.5);
    canvas.page.drawLine({
      start: { x: centreX - width / 2, y: SIGNATURE_AREA.lineY },
      end: { x: centreX + width / 2, y: SIGNATURE_AREA.lineY },
      thickness: 0.75,
      color: INK,
    });
    const name = fit(canvas.bold, signatory.name, { maxWidth: width, maxLines: 1, size: 10, minSize: 6 });
    const title = fit(canvas.regular, signatory.title, {
      maxWidth: width,
      maxLines: 1,
      size: 8.5,
      minSize: 5,
    });
    const y = SIGNATURE_AREA.lineY;
    drawCentred(canvas.page, name.lines[0] ?? '', {
      font: canvas.bold,
      size: name.size,
      color: INK,
      centreX,
      y: y - 14,
    });
    drawCentred(canvas.page, title.lines[0] ?? '', {
      font: canvas.regular,
      size: title.size,
      color: MUTED,
      centreX,
      y: y - 26,
    });
  });
}

/**
 * The verification QR code (error correction M survives a crease or a stamp; mask pattern fixed so the symbol
 * depends on the URL alone) and its caption, right-aligned under the symbol and outside its quiet zone.
 */
export function drawVerification(canvas: CertificateCanvas, footer: CertificateFooter): void {
  const qr = createQr(footer.verificationUrl, { errorCorrectionLevel: 'M', maskPattern: 2 });
  canvas.page.pushOperators(...qrOperators(qr.modules, QR_BOX));
  const quietZone = (QR_BOX.width / (qr.modules.size + 2 * QR_QUIET_ZONE)) * QR_QUIET_ZONE;
  const right = QR_BOX.x + QR_BOX.width - quietZone;
  const caption = fit(canvas.regular, footer.verifyCaption, {
    maxWidth: 330,
    maxLines: 2,
    size: 7,
    minSize: 5,
  });
  caption.lines.forEach((text, index) => {
    const width = textWidth(canvas.regular, text, caption.size);
    canvas.page.drawText(text, {
      x: right - width,
      y: QR_BOX.y - 8 - index * caption.size * 1.2,
      font: canvas.regular,
      size: caption.size,
      color: MUTED,
    });
  });
}
