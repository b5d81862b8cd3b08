import { readFileSync } from 'node:fs';

/** The TrueType files certificates are set in. */
export interface CertificateFontFiles {
  regular: Buffer;
  bold: Buffer;
}

let files: CertificateFontFiles | null = null;

/**
 * DejaVu Sans covers Latin, Cyrillic (including Macedonian ѓ ќ ѕ џ) and Albanian ë ç, so a holder's name prints in
 * whatever script they wrote it. Read lazily, once per process; the same Buffer objects are returned every time,
 * which is what lets {@link CachedFontkit} key parsed fonts by buffer.
 */
export function certificateFontFiles(): CertificateFontFiles {
  files ??= {
    regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  };
  return files;
}
