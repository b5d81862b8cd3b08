/** Measures text in points at a font size; pdf-lib's `PDFFont.widthOfTextAtSize` fits. */
export type MeasureText = (text: string, size: number) => number;

/** A block of text and the size it fits at. */
export interface FittedText {
  lines: string[];
  size: number;
}

/** How a block may be set: the widest line, the most lines, and the size range to try (largest first). */
export interface FitOptions {
  maxWidth: number;
  maxLines: number;
  size: number;
  minSize: number;
}

const ELLIPSIS = '…';
/** Shrinking to 80 % of the design size reads better than breaking a name or a short title over another line. */
const PREFER_FEWER_LINES = 0.8;

/**
 * Sets a name or a course title in as few lines as fit at 80 % of `size` or more, and otherwise at the largest size
 * down to `minSize` at which it wraps (at spaces) into at most `maxLines` lines no wider than `maxWidth`. Words are measured once at size 1 and scaled, so trying
 * every size costs almost nothing. A text that fits at no size is set at `minSize`; a word wider than a line is
 * broken between characters and text beyond the last line ends in "…" (a printed certificate cannot overflow).
 */
export function fitText(text: string, measure: MeasureText, options: FitOptions): FittedText {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { lines: [], size: options.size };
  const unit = new Map<string, number>();
  const widthAt1 = (word: string): number => {
    let width = unit.get(word);
    if (width === undefined) {
      width = measure(word, 1);
      unit.set(word, width);
    }
    return width;
  };
  const space = measure(' ', 1);
  for (let lineCount = 1; lineCount <= options.maxLines; lineCount++) {
    const floor = lineCount < options.maxLines ? options.size * PREFER_FEWER_LINES : options.minSize;
    for (let size = options.size; size >= Math.max(floor, options.minSize); size -= 1) {
      const lines = wrap(words, (word) => widthAt1(word) * size, space * size, options.maxWidth);
      if (lines.length <= lineCount && lines.every((line) => line.fits)) {
        return { lines: lines.map((line) => line.text), size };
      }
    }
  }
  const size = options.minSize;
  const pieces = words.flatMap((word) => breakWord(word, (part) => measure(part, size), options.maxWidth));
  const lines = wrap(pieces, (word) => measure(word, size), space * size, options.maxWidth).map(
    (l) => l.text,
  );
  if (lines.length <= options.maxLines) return { lines, size };
  const kept = lines.slice(0, options.maxLines);
  kept[kept.length - 1] = ellipsize(
    kept[kept.length - 1] ?? '',
    (part) => measure(part, size),
    options.maxWidth,
  );
  return { lines: kept, size };
}

interface Line {
  text: string;
  fits: boolean;
}

function wrap(words: string[], width: (word: string) => number, space: number, maxWidth: number): Line[] {
  const lines: Line[] = [];
  let text = '';
  let used = 0;
  for (const word of words) {
    const w = width(word);
    if (text && used + space + w <= maxWidth) {
      text += ` ${word}`;
      used += space + w;
    } else {
      if (text) lines.push({ text, fits: used <= maxWidth });
      text = word;
      used = w;
    }
  }
  lines.push({ text, fits: used <= maxWidth });
  return lines;
}

function breakWord(word: string, width: (part: string) => number, maxWidth: number): string[] {
  if (width(word) <= maxWidth) return [word];
  const parts: string[] = [];
  let part = '';
  for (const char of word) {
    if (part && width(part + char) > maxWidth) {
      parts.push(part);
      part = char;
    } else {
      part += char;
    }
  }
  if (part) parts.push(part);
  return parts;
}

function ellipsize(line: string, width: (part: string) => number, maxWidth: number): string {
  const chars = [...line];
  while (chars.length > 0 && width(chars.join('') + ELLIPSIS) > maxWidth) chars.pop();
  return chars.join('').trimEnd() + ELLIPSIS;
}
