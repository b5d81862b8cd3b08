import type { PDFImage } from 'pdf-lib';
import {
  drawCentredLines,
  fit,
  INK,
  LEADING,
  MUTED,
  PAGE_HEIGHT,
  PAGE_WIDTH,
  type CertificateCanvas,
} from './certificate-canvas';
import type { FittedText } from './text-fit';

/** The centred statement in the middle of the certificate, already translated. */
export interface CertificateStatement {
  heading: string;
  certifies: string;
  holderName: string;
  completed: string;
  courseTitle: string;
  institutionName: string;
}

const OUTER_INSET = 20;
const INNER_INSET = 28;
const LOGO_BOX = { x: 46, top: PAGE_HEIGHT - 44, width: 120, height: 60 };
/** The statement is centred vertically between the heading and the footer (dates, signatories, QR code). */
const STATEMENT_TOP = 448;
const STATEMENT_BOTTOM = 182;
const GAP = 12;

/** A thick outer border in the primary colour and a thin inner one in the accent colour. */
export function drawFrame(canvas: CertificateCanvas): void {
  const frame = (inset: number, borderWidth: number, borderColor: CertificateCanvas['primary']): void =>
    canvas.page.drawRectangle({
      x: inset,
      y: inset,
      width: PAGE_WIDTH - 2 * inset,
      height: PAGE_HEIGHT - 2 * inset,
      borderWidth,
      borderColor,
    });
  frame(OUTER_INSET, 4, canvas.primary);
  frame(INNER_INSET, 1, canvas.accent);
}

/** The logo top-left, scaled to fit its 120 × 60 pt box (a PNG has no physical size), keeping its proportions. */
export function drawLogo(canvas: CertificateCanvas, logo: PDFImage): void {
  const scale = Math.min(LOGO_BOX.width / logo.width, LOGO_BOX.height / logo.height);
  const width = logo.width * scale;
  const height = logo.height * scale;
  canvas.page.drawImage(logo, { x: LOGO_BOX.x, y: LOGO_BOX.top - height, width, height });
}

/**
 * The heading, a short accent rule, and the statement: "This certifies that / NAME / has completed / COURSE /
 * institution". Long names take up to two lines and long titles up to three, shrinking before they wrap further.
 */
export function drawStatement(canvas: CertificateCanvas, statement: CertificateStatement): void {
  const { page, regular, bold } = canvas;
  const centreX = PAGE_WIDTH / 2;
  const heading = fit(bold, statement.heading, { maxWidth: 560, maxLines: 1, size: 30, minSize: 18 });
  drawCentredLines(page, heading, { font: bold, color: canvas.primary, centreX, top: PAGE_HEIGHT - 96 });
  page.drawLine({
    start: { x: centreX - 70, y: PAGE_HEIGHT - 140 },
    end: { x: centreX + 70, y: PAGE_HEIGHT - 140 },
    thickness: 1.5,
    color: canvas.accent,
  });

  const blocks: {
    block: FittedText;
    font: CertificateCanvas['bold'];
    color: CertificateCanvas['primary'];
  }[] = [
    { block: fit(regular, statement.certifies, line(13)), font: regular, color: MUTED },
    {
      block: fit(bold, statement.holderName, { maxWidth: 640, maxLines: 2, size: 34, minSize: 16 }),
      font: bold,
      color: canvas.primary,
    },
    { block: fit(regular, statement.completed, line(13)), font: regular, color: MUTED },
    {
      block: fit(bold, statement.courseTitle, { maxWidth: 640, maxLines: 3, size: 22, minSize: 12 }),
      font: bold,
      color: INK,
    },
    {
      block: fit(regular, statement.institutionName, { ...line(14), maxLines: 2 }),
      font: regular,
      color: INK,
    },
  ];
  const height =
    blocks.reduce((sum, { block }) => sum + block.lines.length * block.size * LEADING, 0) +
    GAP * (blocks.length - 1);
  let top = STATEMENT_TOP - Math.max(0, (STATEMENT_TOP - STATEMENT_BOTTOM - height) / 2);
  for (const { block, font, color } of blocks) {
    top = drawCentredLines(page, block, { font, color, centreX, top }) - GAP;
  }
}

function line(size: number): { maxWidth: number; maxLines: number; size: number; minSize: number } {
  return { maxWidth: 640, maxLines: 1, size, minSize: 9 };
}
