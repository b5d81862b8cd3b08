/** How many leading bytes `sniffContentType` looks at; read at least this many (or the whole file if smaller). */
export const SNIFF_BYTES = 512;

const ZIP = 'application/zip';
const ODF_TYPES = new Set([
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
]);

/**
 * The content type the leading bytes show, or null when they match nothing known. Office Open XML files (docx,
 * xlsx, pptx) are zip archives and sniff as `application/zip`; OpenDocument files name their type in their first
 * zip entry and sniff as that type. Text that starts like markup sniffs as HTML, SVG or XML, never as plain text.
 */
export function sniffContentType(firstBytes: Buffer): string | null {
  const b = firstBytes.subarray(0, SNIFF_BYTES);
  if (startsWith(b, '%PDF-')) return 'application/pdf';
  if (startsWith(b, '\x89PNG\r\n\x1a\n')) return 'image/png';
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (startsWith(b, 'GIF87a') || startsWith(b, 'GIF89a')) return 'image/gif';
  if (startsWith(b, 'RIFF') && ascii(b, 8, 12) === 'WEBP') return 'image/webp';
  if (startsWith(b, 'RIFF') && ascii(b, 8, 12) === 'WAVE') return 'audio/wav';
  if (startsWith(b, 'PK\x03\x04')) return sniffZip(b);
  if (ascii(b, 4, 8) === 'ftyp') return sniffIsoMedia(ascii(b, 8, 12));
  if (startsWith(b, 'ID3') || (b[0] === 0xff && b[1] !== undefined && (b[1] & 0xe0) === 0xe0))
    return 'audio/mpeg';
  if (startsWith(b, 'MZ')) return 'application/x-msdownload';
  if (startsWith(b, '\x7fELF')) return 'application/x-executable';
  if (startsWith(b, '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1')) return 'application/x-ole-storage';
  if (startsWith(b, '\x1f\x8b')) return 'application/gzip';
  return sniffText(b);
}

/** OpenDocument: the first entry is an uncompressed file named "mimetype" holding the type (offset 30 / 38). */
function sniffZip(b: Buffer): string {
  if (ascii(b, 30, 38) !== 'mimetype') return ZIP;
  const type = /^[a-z0-9.+-]+\/[a-z0-9.+-]+/.exec(ascii(b, 38, 38 + 80))?.[0] ?? '';
  return ODF_TYPES.has(type) ? type : ZIP;
}

function sniffIsoMedia(brand: string): string {
  if (/^(heic|heix|mif1|msf1)$/.test(brand)) return 'image/heif';
  if (/^avi[fs]$/.test(brand)) return 'image/avif';
  if (brand === 'qt  ') return 'video/quicktime';
  if (/^M4A /.test(brand)) return 'audio/mp4';
  return 'video/mp4';
}

function sniffText(b: Buffer): string | null {
  let start = 0;
  if (startsWith(b, '\xef\xbb\xbf')) start = 3;
  else if (startsWith(b, '\xfe\xff') || startsWith(b, '\xff\xfe')) return 'text/plain'; // UTF-16 with BOM
  const head = b.subarray(start).toString('latin1').trimStart().slice(0, 64).toLowerCase();
  if (
    /^<svg[\s>]/.test(head) ||
    (head.startsWith('<?xml') && b.toString('latin1').toLowerCase().includes('<svg'))
  ) {
    return 'image/svg+xml';
  }
  if (
    /^<(!doctype html|html|head|body|script|iframe|!--|title|style|div|a |table|p[\s>]|h1|br|img|font|b[\s>])/.test(
      head,
    )
  ) {
    return 'text/html';
  }
  if (head.startsWith('<?xml')) return 'application/xml';
  for (let i = start; i < b.length; i++) {
    const byte = b[i] ?? 0;
    // Text has no NUL and no control characters other than tab, newline, form feed, carriage return and escape.
    if (byte < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d, 0x1b].includes(byte)) return null;
    if (byte === 0x7f) return null;
  }
  return 'text/plain';
}

function startsWith(b: Buffer, signature: string): boolean {
  return b.length >= signature.length && ascii(b, 0, signature.length) === signature;
}

function ascii(b: Buffer, from: number, to: number): string {
  return b.subarray(from, to).toString('latin1');
}
