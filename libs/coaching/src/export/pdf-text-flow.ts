import { rgb, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';

const PAGE: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const INK = rgb(0.13, 0.13, 0.13);
const MUTED = rgb(0.38, 0.38, 0.38);
const PRIMARY = rgb(0x1d / 255, 0x4e / 255, 0x89 / 255);

export interface FlowFonts {
  regular: PDFFont;
  bold: PDFFont;
}

export interface TextStyle {
  size?: number;
  bold?: boolean;
  muted?: boolean;
  primary?: boolean;
  indent?: number;
  gapAfter?: number;
}

/** Control characters (other than line breaks) draw as nothing useful: they become spaces. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  return text.normalize('NFC').replace(/[\u0000-\u0009\u000B-\u001F\u007F]/g, ' ');
}

/**
 * Flowing text on A4 pages: paragraphs wrapped at word boundaries (a word longer than a line is broken), a new page
 * when the current one is full. Characters the font lacks are drawn as the font's missing-glyph box rather than
 * failing the whole export.
 */
export class PdfTextFlow {
  private page: PDFPage;
  private y: number;
  private readonly widths = new Map<string, number>();

  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: FlowFonts,
  ) {
    this.page = doc.addPage(PAGE);
    this.y = PAGE[1] - MARGIN;
  }

  heading(text: string): void {
    this.space(10);
    this.paragraph(text, { size: 14, bold: true, primary: true, gapAfter: 6 });
  }

  paragraph(text: string, style: TextStyle = {}): void {
    const size = style.size ?? 10.5;
    const font = style.bold ? this.fonts.bold : this.fonts.regular;
    const indent = style.indent ?? 0;
    const width = PAGE[0] - 2 * MARGIN - indent;
    const color = style.primary ? PRIMARY : style.muted ? MUTED : INK;
    for (const line of printable(text)
      .split(/\r?\n/)
      .flatMap((part) => this.wrap(part, font, size, width))) {
      this.ensure(size * 1.35);
      this.page.drawText(line, { x: MARGIN + indent, y: this.y - size, size, font, color });
      this.y -= size * 1.35;
    }
    this.y -= style.gapAfter ?? 3;
  }

  space(points: number): void {
    this.y -= points;
  }

  private ensure(height: number): void {
    if (this.y - height >= MARGIN) return;
    this.page = this.doc.addPage(PAGE);
    this.y = PAGE[1] - MARGIN;
  }

  /** Each word is measured once (fontkit's layout is the costly part); a line's width is its words' and spaces'. */
  private measure(text: string, font: PDFFont, size: number): number {
    const key = `${font === this.fonts.bold ? 'b' : 'r'}${size}:${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      width = font.widthOfTextAtSize(text, size);
      this.widths.set(key, width);
    }
    return width;
  }

  private wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    const space = this.measure(' ', font, size);
    const lines: string[] = [];
    let line = '';
    let lineWidth = 0;
    for (const word of text.split(/ +/)) {
      const wordWidth = this.measure(word, font, size);
      if (line && lineWidth + space + wordWidth <= width) {
        line = `${line} ${word}`;
        lineWidth += space + wordWidth;
        continue;
      }
      if (line) lines.push(line);
      let rest = word;
      while (rest && this.measure(rest, font, size) > width) {
        let cut = rest.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut--;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
      lineWidth = this.measure(rest, font, size);
    }
    lines.push(line);
    return lines;
  }
}
