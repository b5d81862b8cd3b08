import type { PDFFont } from 'pdf-lib';

const fits = (font: PDFFont, text: string, size: number, maxWidth: number): boolean =>
  font.widthOfTextAtSize(text, size) <= maxWidth;

/** `text` cut to `maxWidth` with an ellipsis when it is wider. */
export function fitText(font: PDFFont, text: string, size: number, maxWidth: number): string {
  if (fits(font, text, size, maxWidth)) return text;
  const characters = [...text];
  while (characters.length > 0 && !fits(font, `${characters.join('')}…`, size, maxWidth)) characters.pop();
  return `${characters.join('').trimEnd()}…`;
}

/** `text` broken into lines no wider than `maxWidth`, at spaces (a word wider than a line is cut). */
export function wrapText(font: PDFFont, text: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((part) => part.length > 0)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(font, candidate, size, maxWidth)) {
      line = candidate;
    } else {
      if (line) lines.push(line);
      line = fitText(font, word, size, maxWidth);
    }
  }
  if (line) lines.push(line);
  return lines;
}
