import { ApiError, fail, NETWORK_ERROR, toProblems, toSeconds } from '../../composables/useGraphql';

/** The largest package document the API reads (its 100 MB of files in base64, plus the course): checked first. */
export const MAX_PACKAGE_UPLOAD_BYTES = Math.ceil((100 * 1024 * 1024) / 3) * 4 + 16 * 1024 * 1024;

/** What `PUT /packages` answers with 201: the new course and its draft. */
export interface ImportedPackage {
  courseId: string;
  versionId: string;
}

/** A refused package: the ApiError to translate, and the server's own (English) sentence for the details. */
export class PackageError extends ApiError {
  constructor(
    code: string,
    problems: ApiError['problems'] = [],
    readonly reason = '',
    options: { cause?: unknown; retryAfterSeconds?: number } = {},
  ) {
    super(code, problems, options);
    this.name = 'PackageError';
  }
}

/** An error answer of `/packages`: its JSON `{ code, message, reason?, problems? }`, or what its status says. */
export function packageError(status: number, body: unknown, retryAfter: string | null = null): PackageError {
  const payload = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const retryAfterSeconds = toSeconds(payload['retryAfterSeconds'] ?? retryAfter);
  if (typeof payload['code'] === 'string') {
    const reason = typeof payload['reason'] === 'string' ? payload['reason'] : '';
    return new PackageError(payload['code'], toProblems(payload['problems']), reason, { retryAfterSeconds });
  }
  switch (status) {
    case 413:
      return new PackageError('FILE_TOO_LARGE');
    case 429:
      return new PackageError('RATE_LIMITED', [], '', { retryAfterSeconds });
    case 0:
    case 502:
    case 503:
    case 504:
      return new PackageError(NETWORK_ERROR);
    default:
      return new PackageError('INTERNAL');
  }
}

/** The name in a Content-Disposition header (RFC 5987 `filename*` first), or the fallback. */
export function dispositionFileName(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      // malformed: try the plain name
    }
  }
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? fallback;
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
};

/**
 * Downloads a version as a package with its lesson files (`GET /packages/:versionId`) and hands it to the browser
 * as a file under the name the server gave it. Fails with a PackageError (FORBIDDEN, FILE_TOO_LARGE, NETWORK…).
 */
export async function downloadPackage(versionId: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(`/packages/${encodeURIComponent(versionId)}`, { credentials: 'same-origin' });
  } catch (cause) {
    return fail(new PackageError(NETWORK_ERROR, [], '', { cause }));
  }
  if (!response.ok) {
    return fail(
      packageError(response.status, parseJson(await response.text()), response.headers.get('retry-after')),
    );
  }
  const blob = await response.blob();
  const name = dispositionFileName(response.headers.get('content-disposition'), 'course.parity-course.json');
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // Let the browser start reading the file before the address goes away.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
  return name;
}

function isImported(value: unknown): value is ImportedPackage {
  if (typeof value !== 'object' || value === null) return false;
  const { courseId, versionId } = value as Record<string, unknown>;
  return typeof courseId === 'string' && typeof versionId === 'string';
}

/**
 * Sends a package file to `PUT /packages?institutionId=…` as raw bytes, reporting upload progress (0…1) as it goes
 * (XMLHttpRequest, because fetch cannot report upload progress). Resolves to the new course, or fails with a
 * PackageError; a cancelled upload rejects with an AbortError.
 */
export function uploadPackage(
  file: Blob,
  institutionId: string,
  options: { onProgress?: (fraction: number) => void; signal?: AbortSignal } = {},
): Promise<ImportedPackage> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const abort = () => xhr.abort();
    const settle = (run: () => void) => {
      options.signal?.removeEventListener('abort', abort);
      try {
        run();
      } catch (error) {
        reject(error);
      }
    };
    xhr.open('PUT', `/packages?institutionId=${encodeURIComponent(institutionId)}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.addEventListener('progress', (event) => {
      const total = event.lengthComputable ? event.total : file.size;
      if (total > 0) options.onProgress?.(Math.min(1, event.loaded / total));
    });
    xhr.addEventListener('load', () =>
      settle(() => {
        const body = parseJson(xhr.responseText);
        if (xhr.status === 201 && isImported(body)) {
          options.onProgress?.(1);
          resolve(body);
        } else if (xhr.status >= 200 && xhr.status < 300) {
          fail(new PackageError('INTERNAL'));
        } else {
          fail(packageError(xhr.status, body, xhr.getResponseHeader('retry-after')));
        }
      }),
    );
    xhr.addEventListener('error', () => settle(() => fail(new PackageError(NETWORK_ERROR))));
    xhr.addEventListener('abort', () =>
      settle(() => reject(new DOMException('The upload was cancelled.', 'AbortError'))),
    );
    if (options.signal?.aborted) {
      reject(new DOMException('The upload was cancelled.', 'AbortError'));
      return;
    }
    options.signal?.addEventListener('abort', abort);
    xhr.send(file);
  });
}
