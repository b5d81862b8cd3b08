import type { PDFFont } from 'pdf-lib';

const widths = new Map<string, number>();
/** Enough for every label, institution and common word; names and titles are mostly unique, so the cache is capped. */
const MAX_CACHED_WIDTHS = 20_000;

/**
 * The width of `text` in `font` at `size`. pdf-lib measures by shaping the text with fontkit every time, the
 * costliest step of a certificate after subsetting, and the fitting and centring code measures the same labels in
 * every certificate. A width depends only on the font file and the text, so it is kept per process (keyed by the
 * font's PostScript name, one per font file) and scaled: caching cannot change what is drawn, only how fast.
 */
export function textWidth(font: PDFFont, text: string, size: number): number {
  const key = `${font.name}\u0000${text}`;
  let unit = widths.get(key);
  if (unit === undefined) {
    unit = font.widthOfTextAtSize(text, 1);
    if (widths.size >= MAX_CACHED_WIDTHS) widths.clear();
    widths.set(key, unit);
  }
  return unit * size;
}
