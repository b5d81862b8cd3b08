import { computed, ref, shallowRef, type ComputedRef, type Ref, type ShallowRef } from 'vue';
import { ApiError, fail, NETWORK_ERROR, toProblems, toSeconds } from './useGraphql';

/** What `PUT /files` answers with 201: the stored file, not yet attached to anything. */
export interface UploadedFile {
  id: string;
  originalName: string;
  contentType: string;
  size: number;
  url: string;
}

/** The largest lesson file the API accepts (the same 25 MB as the server's policy). */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

interface FileTypeRule {
  contentType: string;
  extensions: readonly string[];
  /** Other names browsers send for the same type. */
  aliases?: readonly string[];
  /** Shown in the list of files instead of the MIME type. */
  label: string;
}

const odf = (kind: string, extension: string): FileTypeRule => ({
  contentType: `application/vnd.oasis.opendocument.${kind}`,
  extensions: [extension],
  label: extension.toUpperCase(),
});

/** The lesson-file policy of the API, mirrored so a wrong file is refused before it is sent. */
export const LESSON_FILE_TYPES: readonly FileTypeRule[] = [
  { contentType: 'application/pdf', extensions: ['pdf'], aliases: ['application/x-pdf'], label: 'PDF' },
  {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    label: 'DOCX',
  },
  {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    label: 'XLSX',
  },
  {
    contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extensions: ['pptx'],
    label: 'PPTX',
  },
  odf('text', 'odt'),
  odf('spreadsheet', 'ods'),
  odf('presentation', 'odp'),
  { contentType: 'text/plain', extensions: ['txt'], label: 'TXT' },
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
    label: 'CSV',
  },
  { contentType: 'image/png', extensions: ['png'], label: 'PNG' },
  {
    contentType: 'image/jpeg',
    extensions: ['jpg', 'jpeg'],
    aliases: ['image/jpg', 'image/pjpeg'],
    label: 'JPEG',
  },
  { contentType: 'image/webp', extensions: ['webp'], label: 'WEBP' },
  {
    contentType: 'audio/mpeg',
    extensions: ['mp3'],
    aliases: ['audio/mp3', 'audio/mpeg3', 'audio/x-mpeg-3'],
    label: 'MP3',
  },
  { contentType: 'video/mp4', extensions: ['mp4'], label: 'MP4' },
];

/** For `<input type="file" accept>`: the file picker offers these first (the check below still applies). */
export const LESSON_FILE_ACCEPT = LESSON_FILE_TYPES.flatMap((type) =>
  type.extensions.map((extension) => `.${extension}`),
).join(',');

const GENERIC_TYPES = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/unknown']);

function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** A short, language-neutral name for a stored type ("PDF", "DOCX"), or the MIME type itself. */
export function fileTypeLabel(contentType: string): string {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return LESSON_FILE_TYPES.find((rule) => rule.contentType === type)?.label ?? type;
}

/**
 * The client's copy of the server's checks (size, extension, declared type), as the ApiError the server would
 * answer with, or null when the file may be sent. The server still checks everything, including the content.
 */
export function checkFile(file: Pick<File, 'name' | 'size' | 'type'>): ApiError | null {
  if (file.size === 0) return new ApiError('BAD_USER_INPUT', [{ field: 'body', code: 'REQUIRED' }]);
  if (file.size > MAX_FILE_BYTES) return new ApiError('FILE_TOO_LARGE');
  const rule = LESSON_FILE_TYPES.find((candidate) => candidate.extensions.includes(extensionOf(file.name)));
  if (!rule) return new ApiError('FILE_TYPE_NOT_ALLOWED');
  const declared = (file.type.split(';')[0] ?? '').trim().toLowerCase();
  if (GENERIC_TYPES.has(declared) || declared === rule.contentType || rule.aliases?.includes(declared)) {
    return null;
  }
  const known = LESSON_FILE_TYPES.some(
    (candidate) => candidate.contentType === declared || candidate.aliases?.includes(declared),
  );
  return new ApiError(known ? 'FILE_TYPE_MISMATCH' : 'FILE_TYPE_NOT_ALLOWED');
}

function isUploadedFile(value: unknown): value is UploadedFile {
  if (typeof value !== 'object' || value === null) return false;
  const { id, originalName, contentType, size, url } = value as Record<string, unknown>;
  return (
    typeof id === 'string' &&
    typeof originalName === 'string' &&
    typeof contentType === 'string' &&
    typeof size === 'number' &&
    typeof url === 'string'
  );
}

/** An error answer of `/files`: its JSON `{ code, message, problems? }`, or what its status says. */
function errorOf(response: Response, body: unknown): ApiError {
  const payload = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const retryAfterSeconds = toSeconds(payload['retryAfterSeconds'] ?? response.headers.get('retry-after'));
  if (typeof payload['code'] === 'string') {
    return new ApiError(payload['code'], toProblems(payload['problems']), { retryAfterSeconds });
  }
  // No JSON code: a proxy answered (body too large, the API restarting) or a rate limiter did.
  switch (response.status) {
    case 413:
      return new ApiError('FILE_TOO_LARGE');
    case 429:
      return new ApiError('RATE_LIMITED', [], { retryAfterSeconds });
    case 502:
    case 503:
    case 504:
      return new ApiError(NETWORK_ERROR);
    default:
      return new ApiError('INTERNAL');
  }
}

/**
 * Sends one file to `PUT /files` (the raw bytes, the original name in the query, the browser's type in
 * `X-File-Type`) and returns the stored file; fails with an ApiError carrying the server's code (NETWORK when the
 * server could not be reached). Does not check the file first: see `checkFile`.
 */
export async function uploadFile(file: File, options: { signal?: AbortSignal } = {}): Promise<UploadedFile> {
  let response: Response;
  try {
    response = await fetch(`/files?name=${encodeURIComponent(file.name)}`, {
      method: 'PUT',
      credentials: 'same-origin',
      headers: {
        'Content-Type': 'application/octet-stream',
        'X-File-Type': file.type,
        Accept: 'application/json',
      },
      body: file,
      signal: options.signal,
    });
  } catch (cause) {
    // A cancelled upload is not a failure to report: it is rethrown as it came.
    if (options.signal?.aborted) throw cause;
    return fail(new ApiError(NETWORK_ERROR, [], { cause }));
  }

  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON: judged by its status below.
  }
  if (!response.ok) return fail(errorOf(response, body));
  if (!isUploadedFile(body)) return fail(new ApiError('INTERNAL'));
  return body;
}

export type UploadStatus = 'idle' | 'uploading' | 'uploaded' | 'error';

export interface FileUpload {
  status: Ref<UploadStatus>;
  /** The last failure (translate it with useErrorMessage), null unless status is 'error'. */
  error: ShallowRef<ApiError | null>;
  /** The name of the file being (or last) uploaded. */
  fileName: Ref<string>;
  busy: ComputedRef<boolean>;
  /**
   * Checks and uploads a file, then runs `then` (e.g. attaching it to a lesson) before reporting success.
   * Resolves to what `then` returned, or null when the file was refused, failed, or the upload was cancelled.
   */
  upload<T>(file: File, then: (uploaded: UploadedFile) => Promise<T>): Promise<T | null>;
  /** Stops an upload under way (e.g. when the page is left); the status returns to idle. */
  cancel(): void;
  reset(): void;
}

/** One upload at a time, with a status for an aria-live line: uploading, uploaded, or the error. */
export function useFileUpload(): FileUpload {
  const status = ref<UploadStatus>('idle');
  const error = shallowRef<ApiError | null>(null);
  const fileName = ref('');
  let controller: AbortController | null = null;

  function finish(next: UploadStatus, failure: ApiError | null = null): void {
    status.value = next;
    error.value = failure;
  }

  async function upload<T>(file: File, then: (uploaded: UploadedFile) => Promise<T>): Promise<T | null> {
    controller?.abort();
    const own = new AbortController();
    controller = own;
    fileName.value = file.name;
    const refused = checkFile(file);
    if (refused) {
      finish('error', refused);
      return null;
    }
    finish('uploading');
    try {
      const uploaded = await uploadFile(file, { signal: own.signal });
      if (own.signal.aborted) return null;
      const result = await then(uploaded);
      if (controller === own) finish('uploaded');
      return result;
    } catch (caught) {
      if (own.signal.aborted) {
        if (controller === own) finish('idle');
        return null;
      }
      finish('error', caught instanceof ApiError ? caught : new ApiError('INTERNAL', [], { cause: caught }));
      return null;
    } finally {
      if (controller === own) controller = null;
    }
  }

  function cancel(): void {
    controller?.abort();
  }

  function reset(): void {
    cancel();
    finish('idle');
  }

  return {
    status,
    error,
    fileName,
    busy: computed(() => status.value === 'uploading'),
    upload,
    cancel,
    reset,
  };
}
