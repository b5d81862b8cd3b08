import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';
import type { PdfFonts } from './pdf-flow';

let files: { regular: Buffer; bold: Buffer } | null = null;

/**
 * DejaVu Sans, as on certificates: Latin with every diacritic of the region, Serbian and Macedonian Cyrillic
 * (ђ ћ љ њ џ ѓ ќ ѕ), Albanian ë ç. The files are read once per process; each summary embeds a subset.
 */
export async function embedReportFonts(doc: PDFDocument): Promise<PdfFonts> {
  files ??= {
    regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  };
  doc.registerFontkit(fontkit);
  return {
    regular: await doc.embedFont(files.regular, { subset: true }),
    bold: await doc.embedFont(files.bold, { subset: true }),
  };
}
