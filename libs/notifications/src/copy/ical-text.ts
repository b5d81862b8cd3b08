/** RFC 5545 caps content lines at 75 octets, excluding the CRLF. */
export const MAX_LINE_OCTETS = 75;

/** UTF-8 length of one code point, without an encoder: keeps this usable outside Node. */
function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash first, then `;` `,` and any line break as `\n`. */
export function escapeIcalText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Quotes a parameter value such as `CN`. DQUOTE guards `:` `;` `,`; a double quote or line break cannot appear in
 * a parameter at all, so RFC 6868 caret encoding carries them (`^'`, `^n`, `^^`).
 */
export function quoteIcalParam(value: string): string {
  const encoded = value
    .replace(/\^/g, '^^')
    .replace(/\r\n|\r|\n/g, '^n')
    .replace(/"/g, "^'");
  return `"${encoded}"`;
}

/**
 * Folds one content line (RFC 5545 §3.1): at most 75 octets per physical line, continuation lines start with a
 * space. Splits between code points only, so a Cyrillic letter (2 octets) is never cut in half.
 */
export function foldIcalLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}

/** A UTC DATE-TIME value (`20261130T160000Z`): unambiguous in every client, so no VTIMEZONE is needed. */
export function formatIcalUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}
