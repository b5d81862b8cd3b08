import { sniffContentType } from './sniff-content-type';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

/** A zip whose first entry is stored uncompressed under `name` with `content` (local header: 30 bytes + name). */
const zipWithFirstEntry = (name: string, content: string) =>
  bytes('PK\x03\x04', Array(22).fill(0), [name.length, 0, 0, 0], name, content, 'PK\x03\x04');

describe('sniffContentType', () => {
  it.each([
    ['PDF', bytes('%PDF-1.7\n%\xe2\xe3'), 'application/pdf'],
    ['PNG', bytes([0x89], 'PNG\r\n\x1a\n', [0, 0, 0, 13]), 'image/png'],
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0]), 'image/jpeg'],
    ['WebP', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '), 'image/webp'],
    ['GIF', bytes('GIF89a'), 'image/gif'],
    ['MP3 with ID3', bytes('ID3', [4, 0]), 'audio/mpeg'],
    ['MP3 frame', bytes([0xff, 0xfb, 0x90, 0x44]), 'audio/mpeg'],
    ['MP4', bytes([0, 0, 0, 0x20], 'ftypisom'), 'video/mp4'],
    ['HEIF', bytes([0, 0, 0, 0x18], 'ftypheic'), 'image/heif'],
    ['Windows executable', bytes('MZ\x90\x00'), 'application/x-msdownload'],
    ['ELF executable', bytes('\x7fELF'), 'application/x-executable'],
    ['old Office', bytes('\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1'), 'application/x-ole-storage'],
    ['Office Open XML', zipWithFirstEntry('[Content_Types].xml', '<?xml'), 'application/zip'],
    [
      'ODT',
      zipWithFirstEntry('mimetype', 'application/vnd.oasis.opendocument.text'),
      'application/vnd.oasis.opendocument.text',
    ],
    [
      'ODS',
      zipWithFirstEntry('mimetype', 'application/vnd.oasis.opendocument.spreadsheet'),
      'application/vnd.oasis.opendocument.spreadsheet',
    ],
    ['zip naming another type', zipWithFirstEntry('mimetype', 'application/epub+zip'), 'application/zip'],
    ['UTF-8 text', Buffer.from('Mësimi 1 — Вовед\r\n\tok'), 'text/plain'],
    ['CSV with BOM', bytes('\xef\xbb\xbfname;score\n'), 'text/plain'],
    ['Windows-1252 text', bytes('caf\xe9 \x93quoted\x94'), 'text/plain'],
    ['empty', Buffer.alloc(0), 'text/plain'],
    ['HTML', Buffer.from('\n  <!DOCTYPE html><html>'), 'text/html'],
    ['HTML fragment', Buffer.from('<script>alert(1)</script>'), 'text/html'],
    ['SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">'), 'image/svg+xml'],
    [
      'SVG behind an XML declaration',
      Buffer.from('<?xml version="1.0"?>\n<svg onload="x">'),
      'image/svg+xml',
    ],
    ['XML', Buffer.from('<?xml version="1.0"?><note/>'), 'application/xml'],
  ])('recognises %s', (_name, content, expected) => {
    expect(sniffContentType(content)).toBe(expected);
  });

  it('calls binary data it does not know unknown', () => {
    expect(sniffContentType(bytes([0x00, 0x01, 0x02, 0x03, 0x10]))).toBeNull();
  });
});
