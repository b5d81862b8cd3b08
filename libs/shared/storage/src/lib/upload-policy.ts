import { safeDownloadName } from './safe-download-name';
import { sniffContentType } from './sniff-content-type';
import { StorageErrorCode } from './storage.errors';
import { UploadRejectedError } from './upload-rejected.error';

export interface AllowedFileType {
  /** The type stored and served. */
  contentType: string;
  /** Lowercase, without the dot. */
  extensions: readonly string[];
  /** Other names browsers send for the same type. */
  aliases?: readonly string[];
  /** What `sniffContentType` may report for a genuine file of this type. */
  sniffed: readonly string[];
}

export interface UploadPolicy {
  maxBytes: number;
  types: readonly AllowedFileType[];
}

export interface UploadCandidate {
  originalName: string;
  /** The type the client declared (may be empty or generic). */
  contentType: string;
  size: number;
  /** The file's first bytes: at least `SNIFF_BYTES`, or all of a smaller file. */
  firstBytes: Buffer;
}

export interface AcceptedUpload {
  /** The canonical type to store and serve (never the client's string). */
  contentType: string;
  extension: string;
}

const MB = 1024 * 1024;
const ZIP = ['application/zip'];
const TEXT = ['text/plain'];

/** Lesson files: documents, spreadsheets, slides, text, images, audio and video up to 25 MB. */
export const LESSON_FILE_POLICY: UploadPolicy = {
  maxBytes: 25 * MB,
  types: [
    {
      contentType: 'application/pdf',
      extensions: ['pdf'],
      aliases: ['application/x-pdf'],
      sniffed: ['application/pdf'],
    },
    {
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      extensions: ['docx'],
      sniffed: ZIP,
    },
    {
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      extensions: ['xlsx'],
      sniffed: ZIP,
    },
    {
      contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      extensions: ['pptx'],
      sniffed: ZIP,
    },
    odf('text', 'odt'),
    odf('spreadsheet', 'ods'),
    odf('presentation', 'odp'),
    { contentType: 'text/plain', extensions: ['txt'], sniffed: TEXT },
    {
      contentType: 'text/csv',
      extensions: ['csv'],
      // Windows browsers send the Excel type for .csv when Excel is installed.
      aliases: [
        'text/x-csv',
        'application/csv',
        'text/comma-separated-values',
        'application/vnd.ms-excel',
        'text/plain',
      ],
      sniffed: TEXT,
    },
    { contentType: 'image/png', extensions: ['png'], sniffed: ['image/png'] },
    {
      contentType: 'image/jpeg',
      extensions: ['jpg', 'jpeg'],
      aliases: ['image/jpg', 'image/pjpeg'],
      sniffed: ['image/jpeg'],
    },
    { contentType: 'image/webp', extensions: ['webp'], sniffed: ['image/webp'] },
    {
      contentType: 'audio/mpeg',
      extensions: ['mp3'],
      aliases: ['audio/mp3', 'audio/mpeg3', 'audio/x-mpeg-3'],
      sniffed: ['audio/mpeg'],
    },
    { contentType: 'video/mp4', extensions: ['mp4'], sniffed: ['video/mp4'] },
  ],
};

/** Markup a browser would run: refused whatever a policy says. */
const NEVER_TYPES = new Set([
  'text/html',
  'application/xhtml+xml',
  'image/svg+xml',
  'text/xml',
  'application/xml',
]);
const NEVER_EXTENSIONS = new Set(['html', 'htm', 'xhtml', 'shtml', 'svg', 'svgz', 'xml', 'xsl', 'js', 'mjs']);
const GENERIC_TYPES = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/unknown']);

/**
 * Accepts an upload or throws `UploadRejectedError`: FILE_TOO_LARGE, FILE_TYPE_NOT_ALLOWED (extension or declared
 * type outside the policy, markup such as HTML and SVG always) or FILE_TYPE_MISMATCH (the name, the declared type
 * and the content's first bytes do not agree). Returns the canonical content type to store.
 */
export function assertUploadAllowed(
  candidate: UploadCandidate,
  policy: UploadPolicy = LESSON_FILE_POLICY,
): AcceptedUpload {
  const { size, firstBytes } = candidate;
  if (!Number.isSafeInteger(size) || size < 0) throw new RangeError(`Invalid upload size ${size}`);
  if (size > policy.maxBytes) {
    throw new UploadRejectedError(
      StorageErrorCode.FILE_TOO_LARGE,
      `The file is larger than ${policy.maxBytes} bytes`,
      {
        maxBytes: policy.maxBytes,
        size,
      },
    );
  }

  const extension = extensionOf(candidate.originalName);
  const declared = normaliseType(candidate.contentType);
  const allowedExtensions = policy.types.flatMap((type) => type.extensions);
  const notAllowed = (what: string) =>
    new UploadRejectedError(StorageErrorCode.FILE_TYPE_NOT_ALLOWED, `${what} is not allowed`, {
      allowedExtensions,
    });
  if (NEVER_EXTENSIONS.has(extension) || NEVER_TYPES.has(declared)) throw notAllowed('This kind of file');
  const type = policy.types.find((t) => t.extensions.includes(extension));
  if (!type) throw notAllowed(extension ? `A .${extension} file` : 'A file without an extension');

  if (!GENERIC_TYPES.has(declared) && declared !== type.contentType && !type.aliases?.includes(declared)) {
    const declaredIsAllowed = policy.types.some(
      (t) => t.contentType === declared || t.aliases?.includes(declared),
    );
    if (!declaredIsAllowed) throw notAllowed(`Type ${declared}`);
    throw new UploadRejectedError(
      StorageErrorCode.FILE_TYPE_MISMATCH,
      `The file name says .${extension} but the declared type is ${declared}`,
      { extension, declared },
    );
  }

  if (size > 0 && firstBytes.length === 0) throw new RangeError('firstBytes is empty for a non-empty upload');
  const detected = sniffContentType(firstBytes);
  if (detected === null || !type.sniffed.includes(detected)) {
    throw new UploadRejectedError(
      StorageErrorCode.FILE_TYPE_MISMATCH,
      `The content is not a .${extension} file${detected ? ` (it looks like ${detected})` : ''}`,
      { extension, detected },
    );
  }
  return { contentType: type.contentType, extension };
}

function odf(kind: string, extension: string): AllowedFileType {
  const contentType = `application/vnd.oasis.opendocument.${kind}`;
  return { contentType, extensions: [extension], sniffed: [contentType] };
}

function extensionOf(originalName: string): string {
  const name = safeDownloadName(originalName);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

function normaliseType(contentType: string): string {
  return (contentType.split(';')[0] ?? '').trim().toLowerCase();
}
