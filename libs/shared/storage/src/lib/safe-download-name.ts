const MAX_NAME_BYTES = 200;
const FALLBACK_NAME = 'download';

/** Control characters, bidirectional overrides ("gpj.exe" shown as "exe.jpg") and zero-width characters. */
const INVISIBLE_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x001f],
  [0x007f, 0x009f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2069],
  [0xfeff, 0xfeff],
];

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  ђ: 'dj',
  ѓ: 'gj',
  е: 'e',
  ё: 'yo',
  є: 'ye',
  ж: 'zh',
  з: 'z',
  ѕ: 'dz',
  и: 'i',
  і: 'i',
  ї: 'yi',
  й: 'y',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ћ: 'c',
  ќ: 'kj',
  у: 'u',
  ў: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'ch',
  џ: 'dz',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};
const PUNCTUATION: Record<string, string> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201c': "'",
  '\u201d': "'",
  '\u201e': "'",
  '\u00ab': "'",
  '\u00bb': "'",
  '\u2026': '...',
  '\u00a0': ' ',
};

/**
 * The user's original file name, safe to hand back: the last path component only, without control, bidi or
 * zero-width characters, without leading dots or trailing dots and spaces, at most 200 UTF-8 bytes (the
 * extension kept). Letters of any script are kept as they are (NFC).
 */
export function safeDownloadName(originalName: string): string {
  let name = String(originalName).normalize('NFC');
  name = [...name].filter((char) => !isInvisible(char)).join('');
  name = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  name = name
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+/, '')
    .replace(/[\s.]+$/, '');
  name = truncateKeepingExtension(name, MAX_NAME_BYTES);
  return name === '' ? FALLBACK_NAME : name;
}

/**
 * A Content-Disposition header (RFC 6266) that keeps the original name: `filename*=UTF-8''…` for every current
 * browser, and an ASCII `filename="…"` fallback (Latin letters without accents, Cyrillic transliterated).
 */
export function contentDisposition(
  originalName: string,
  disposition: 'attachment' | 'inline' = 'attachment',
): string {
  const name = safeDownloadName(originalName);
  return `${disposition}; filename="${asciiFallback(name)}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}

export function asciiFallback(name: string): string {
  const transliterated = [...name]
    .map((char) => {
      const lower = char.toLowerCase();
      const latin = CYRILLIC[lower];
      if (latin === undefined) return PUNCTUATION[char] ?? char;
      return lower === char ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
    })
    .join('');
  const ascii = transliterated
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\%]/g, '_');
  return ascii.replace(/^[\s.]+/, '') || FALLBACK_NAME;
}

/** RFC 5987 value-chars: attr-char kept, everything else as UTF-8 percent-escapes. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function truncateKeepingExtension(name: string, maxBytes: number): string {
  if (Buffer.byteLength(name) <= maxBytes) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : '';
  let stem = [...name.slice(0, name.length - extension.length)];
  while (stem.length > 0 && Buffer.byteLength(stem.join('') + extension) > maxBytes) stem = stem.slice(0, -1);
  return (stem.join('').trimEnd() + extension).replace(/^\./, '');
}

function isInvisible(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return INVISIBLE_RANGES.some(([from, to]) => code >= from && code <= to);
}
