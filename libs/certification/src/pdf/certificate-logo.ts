import type { PDFDocument, PDFImage } from 'pdf-lib';

/** The image formats pdf-lib can embed, recognised by their first bytes. */
export type LogoFormat = 'png' | 'jpeg';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];

/**
 * The logo's format from its magic bytes, not from a file name or a stored MIME type (both can lie), or null for
 * anything else.
 */
export function sniffLogoFormat(bytes: Uint8Array): LogoFormat | null {
  const startsWith = (signature: number[]): boolean =>
    bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);
  if (startsWith(PNG_SIGNATURE)) return 'png';
  if (startsWith(JPEG_SIGNATURE)) return 'jpeg';
  return null;
}

/**
 * Embeds an institution's logo, or returns null when there is none or the bytes are not PNG or JPEG: a certificate
 * without a logo is still a valid certificate, and failing every issuance of an institution over a decoration would
 * be worse (logos are meant to be validated on upload). Bytes that claim to be PNG or JPEG but do not decode are a
 * data error and reject with a message that says so.
 */
export async function embedLogo(doc: PDFDocument, logo: Buffer | null): Promise<PDFImage | null> {
  if (!logo) return null;
  const format = sniffLogoFormat(logo);
  if (!format) return null;
  try {
    // A copy with its own ArrayBuffer: pdf-lib's JPEG reader makes a DataView over `bytes.buffer` and ignores
    // `byteOffset`, which is not 0 for Buffers sliced from Node's pool or from a database row.
    const bytes = new Uint8Array(logo);
    return format === 'png' ? await doc.embedPng(bytes) : await doc.embedJpg(bytes);
  } catch (cause) {
    throw new Error(
      `The certificate template's logo looks like ${format.toUpperCase()} but cannot be decoded`,
      {
        cause,
      },
    );
  }
}
