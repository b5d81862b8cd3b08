import { rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import { fitText, type FitOptions, type FittedText } from './text-fit';
import { textWidth } from './text-widths';

/** A4 landscape in points. */
export const PAGE_WIDTH = 841.89;
export const PAGE_HEIGHT = 595.28;

/** Body text colour: near-black reads better than pure black next to a coloured border. */
export const INK = rgb(0.16, 0.16, 0.18);
/** Secondary text (labels, signatory titles, the verification caption). */
export const MUTED = rgb(0.38, 0.38, 0.42);

/** The page being drawn and what it is drawn with; one per document, never shared between renders. */
export interface CertificateCanvas {
  page: PDFPage;
  regular: PDFFont;
  bold: PDFFont;
  primary: RGB;
  accent: RGB;
}

/** Line height as a multiple of the font size. */
export const LEADING = 1.22;

/** Sets text in a font with {@link fitText}. */
export function fit(font: PDFFont, text: string, options: FitOptions): FittedText {
  return fitText(text, (part, size) => textWidth(font, part, size), options);
}

/** Draws one line of text centred on `centreX` with its baseline at `y`. */
export function drawCentred(
  page: PDFPage,
  text: string,
  style: { font: PDFFont; size: number; color: RGB; centreX: number; y: number },
): void {
  const width = textWidth(style.font, text, style.size);
  page.drawText(text, {
    x: style.centreX - width / 2,
    y: style.y,
    font: style.font,
    size: style.size,
    color: style.color,
  });
}

/** Draws lines centred on `centreX`, the first with its top at `top`; returns the y below the last line. */
export function drawCentredLines(
  page: PDFPage,
  block: FittedText,
  style: { font: PDFFont; color: RGB; centreX: number; top: number },
): number {
  const lineHeight = block.size * LEADING;
  block.lines.forEach((line, index) => {
    const baseline = style.top - block.size * 0.95 - index * lineHeight;
    drawCentred(page, line, { ...style, size: block.size, y: baseline });
  });
  return style.top - block.lines.length * lineHeight;
}
