import { rgb, type PDFDocument, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import { wrapText } from './pdf-text';

export const A4: [number, number] = [595.28, 841.89];
export const MARGIN = 42;
/** Room kept free at the bottom of every page for the footer. */
const FOOTER_ROOM = 30;
export const INK = rgb(0.13, 0.13, 0.13);
export const MUTED = rgb(0.38, 0.38, 0.38);
export const PRIMARY = rgb(0x1d / 255, 0x4e / 255, 0x89 / 255);

export interface PdfFonts {
  regular: PDFFont;
  bold: PDFFont;
}

export interface TextStyle {
  size?: number;
  bold?: boolean;
  color?: RGB;
}

/**
 * Content flowing down A4 pages: a cursor `y` (from the top margin down), a new page when the next piece does not
 * fit. Drawing code asks for room with {@link ensure} and is told when a page was started (to repeat a header).
 */
export class PdfFlow {
  page!: PDFPage;
  y = 0;

  constructor(
    private readonly doc: PDFDocument,
    readonly fonts: PdfFonts,
    readonly pageSize: [number, number] = A4,
  ) {
    this.addPage();
  }

  get left(): number {
    return MARGIN;
  }

  get width(): number {
    return this.pageSize[0] - 2 * MARGIN;
  }

  addPage(): void {
    this.page = this.doc.addPage(this.pageSize);
    this.y = this.pageSize[1] - MARGIN;
  }

  /** Starts a new page unless `height` fits above the footer; true when it started one. */
  ensure(height: number): boolean {
    if (this.y - height >= MARGIN + FOOTER_ROOM) return false;
    this.addPage();
    return true;
  }

  gap(height: number): void {
    this.y -= height;
  }

  /** A paragraph wrapped to the content width (or `indent` from the left). */
  paragraph(text: string, style: TextStyle = {}, indent = 0): void {
    const size = style.size ?? 10;
    const font = style.bold ? this.fonts.bold : this.fonts.regular;
    const lineHeight = size * 1.35;
    for (const line of wrapText(font, text, size, this.width - indent)) {
      this.ensure(lineHeight);
      this.page.drawText(line, {
        x: this.left + indent,
        y: this.y - size,
        size,
        font,
        color: style.color ?? INK,
      });
      this.y -= lineHeight;
    }
  }
}
