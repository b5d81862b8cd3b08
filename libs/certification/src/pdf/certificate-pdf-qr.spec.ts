import { inflateSync } from 'node:zlib';
import jsQR from 'jsqr';
import { PDFArray, PDFDocument, PDFRawStream, PDFRef } from 'pdf-lib';
import { givenCertificate } from './certificate-pdf.fixtures';
import { CertificatePdfRenderer } from './certificate-pdf-renderer';
import { QR_QUIET_ZONE } from './qr-operators';

/** The page's content streams, inflated and joined: what a viewer executes. */
async function pageOperators(pdf: Buffer): Promise<string> {
  const doc = await PDFDocument.load(pdf);
  const contents = doc.getPage(0).node.Contents();
  const streams: PDFRawStream[] = [];
  for (const item of contents instanceof PDFArray ? contents.asArray() : [contents]) {
    const stream = item instanceof PDFRef ? doc.context.lookup(item) : item;
    if (stream instanceof PDFRawStream) streams.push(stream);
  }
  return streams.map((stream) => inflateSync(stream.contents).toString('latin1')).join('\n');
}

interface QrBlock {
  scale: number;
  x: number;
  y: number;
  rects: number[][];
}

/** The one `q … cm … re … f Q` block: the only place the renderer paints rectangles with `re`. */
function qrBlock(operators: string): QrBlock {
  const number = String.raw`-?[\d.]+`;
  const block = new RegExp(
    String.raw`q\s+(?:${number} ){3}rg\s+(${number}) 0 0 (${number}) (${number}) (${number}) cm\s+((?:(?:${number} ){4}re\s+)+)f\s+Q`,
  ).exec(operators);
  if (!block) throw new Error('no QR block in the page content');
  const [, scale, , x, y, rects] = block;
  return {
    scale: Number(scale),
    x: Number(x),
    y: Number(y),
    rects: (rects ?? '')
      .trim()
      .split(/\s*re\s*/)
      .filter(Boolean)
      .map((rect) => rect.split(' ').map(Number)),
  };
}

/** Paints the rectangles (module units, y up) black on white at 4 px per module with a quiet zone around. */
function rasterise(rects: number[][]): { data: Uint8ClampedArray; side: number } {
  const modules = Math.max(...rects.map(([x = 0, , w = 0]) => x + w));
  const px = 4;
  const side = (modules + 2 * QR_QUIET_ZONE) * px;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const [x = 0, y = 0, w = 0, h = 0] of rects) {
    for (let row = (modules - y - h + QR_QUIET_ZONE) * px; row < (modules - y + QR_QUIET_ZONE) * px; row++) {
      for (let col = (x + QR_QUIET_ZONE) * px; col < (x + w + QR_QUIET_ZONE) * px; col++) {
        data.fill(0, (row * side + col) * 4, (row * side + col) * 4 + 3);
      }
    }
  }
  return { data, side };
}

describe('the verification QR code', () => {
  it('decodes, from the PDF bytes alone, to the verification URL', async () => {
    const input = givenCertificate();
    const { rects } = qrBlock(await pageOperators(await new CertificatePdfRenderer().render(input)));
    const { data, side } = rasterise(rects);
    expect(jsQR(data, side, side)?.data).toBe(input.verificationUrl);
  });

  it('is about 110 pt wide with its quiet zone, in the bottom-right corner inside the border', async () => {
    const { scale, x, y, rects } = qrBlock(
      await pageOperators(await new CertificatePdfRenderer().render(givenCertificate())),
    );
    const modules = Math.max(...rects.map(([rx = 0, , w = 0]) => rx + w));
    expect(scale * (modules + 2 * QR_QUIET_ZONE)).toBeCloseTo(110, 0);
    expect(x + scale * (modules + QR_QUIET_ZONE)).toBeLessThan(841.89 - 28);
    expect(x).toBeGreaterThan(841.89 / 2);
    expect(y - scale * QR_QUIET_ZONE).toBeGreaterThan(28);
    expect(y).toBeLessThan(595.28 / 3);
  });
});
