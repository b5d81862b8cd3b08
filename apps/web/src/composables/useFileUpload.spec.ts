import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, NETWORK_ERROR, onApiError } from './useGraphql';
import { checkFile, fileTypeLabel, MAX_FILE_BYTES, uploadFile, useFileUpload } from './useFileUpload';

const stored = {
  id: 'f1',
  originalName: 'Plan 2026.pdf',
  contentType: 'application/pdf',
  size: 5,
  url: '/files/f1',
};

function respond(body: unknown, status: number): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(
      async () =>
        new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
    ),
  );
}

const pdf = () => new File(['%PDF-'], 'Plan 2026.pdf', { type: 'application/pdf' });

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

afterEach(() => vi.unstubAllGlobals());

describe('uploadFile', () => {
  it('PUTs the raw bytes with the name in the query and the type in X-File-Type, and returns the stored file', async () => {
    respond(stored, 201);
    const file = pdf();
    await expect(uploadFile(file)).resolves.toEqual(stored);
    const [url, init] = vi.mocked(fetch).mock.calls[0] ?? [];
    expect(url).toBe('/files?name=Plan%202026.pdf');
    expect(init?.method).toBe('PUT');
    expect(init?.credentials).toBe('same-origin');
    expect(init?.body).toBe(file);
    expect(init?.headers).toMatchObject({
      'Content-Type': 'application/octet-stream',
      'X-File-Type': 'application/pdf',
    });
  });

  it('turns a JSON error answer into an ApiError with its code, and tells the listeners', async () => {
    respond({ code: 'FILE_TYPE_MISMATCH', message: 'The content is not a .pdf file', extension: 'pdf' }, 400);
    const heard: string[] = [];
    const stop = onApiError((error) => heard.push(error.code));
    const error = await failure(uploadFile(pdf()));
    stop();
    expect(error.code).toBe('FILE_TYPE_MISMATCH');
    expect(heard).toEqual(['FILE_TYPE_MISMATCH']);
  });

  it('reports NETWORK when the server cannot be reached', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    const error = await failure(uploadFile(pdf()));
    expect(error.code).toBe(NETWORK_ERROR);
  });

  it('judges an answer without JSON by its status (a proxy refusing a large body, a restart)', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>Too large</html>', { status: 413 })),
    );
    expect((await failure(uploadFile(pdf()))).code).toBe('FILE_TOO_LARGE');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('Bad gateway', { status: 502 })),
    );
    expect((await failure(uploadFile(pdf()))).code).toBe(NETWORK_ERROR);
  });
});

describe('checkFile (before sending)', () => {
  const candidate = (name: string, type: string, size = 10) => ({ name, type, size });

  it('accepts the lesson-file types, also with a generic or alias type', () => {
    expect(checkFile(candidate('a.pdf', 'application/pdf'))).toBeNull();
    expect(checkFile(candidate('Notes.DOCX', ''))).toBeNull();
    expect(checkFile(candidate('list.csv', 'application/vnd.ms-excel'))).toBeNull();
    expect(checkFile(candidate('photo.jpg', 'image/jpeg', MAX_FILE_BYTES))).toBeNull();
  });

  it('refuses what the server would refuse, with its error code', () => {
    expect(checkFile(candidate('film.mp4', 'video/mp4', MAX_FILE_BYTES + 1))?.code).toBe('FILE_TOO_LARGE');
    expect(checkFile(candidate('page.html', 'text/html'))?.code).toBe('FILE_TYPE_NOT_ALLOWED');
    expect(checkFile(candidate('setup.exe', 'application/x-msdownload'))?.code).toBe('FILE_TYPE_NOT_ALLOWED');
    expect(checkFile(candidate('no-extension', ''))?.code).toBe('FILE_TYPE_NOT_ALLOWED');
    expect(checkFile(candidate('photo.pdf', 'image/png'))?.code).toBe('FILE_TYPE_MISMATCH');
    expect(checkFile(candidate('empty.txt', 'text/plain', 0))?.code).toBe('BAD_USER_INPUT');
  });

  it('names stored types briefly', () => {
    expect(fileTypeLabel('application/pdf')).toBe('PDF');
    expect(fileTypeLabel('application/vnd.oasis.opendocument.text')).toBe('ODT');
    expect(fileTypeLabel('application/x-unknown')).toBe('application/x-unknown');
  });
});

describe('useFileUpload', () => {
  it('goes from uploading to uploaded once the follow-up (attaching) is done', async () => {
    respond(stored, 201);
    const upload = useFileUpload();
    const attach = vi.fn(async () => 'attached');
    const pending = upload.upload(pdf(), attach);
    expect(upload.status.value).toBe('uploading');
    await expect(pending).resolves.toBe('attached');
    expect(attach).toHaveBeenCalledWith(stored);
    expect(upload.status.value).toBe('uploaded');
    expect(upload.error.value).toBeNull();
  });

  it('keeps the server error for translation', async () => {
    respond({ code: 'FILE_TYPE_MISMATCH', message: 'No.' }, 400);
    const upload = useFileUpload();
    const attach = vi.fn(async () => 'attached');
    await expect(upload.upload(pdf(), attach)).resolves.toBeNull();
    expect(attach).not.toHaveBeenCalled();
    expect(upload.status.value).toBe('error');
    expect(upload.error.value?.code).toBe('FILE_TYPE_MISMATCH');
  });

  it('refuses a file before sending it', async () => {
    vi.stubGlobal('fetch', vi.fn());
    const upload = useFileUpload();
    const script = new File(['<svg/>'], 'logo.svg', { type: 'image/svg+xml' });
    await expect(upload.upload(script, vi.fn())).resolves.toBeNull();
    expect(fetch).not.toHaveBeenCalled();
    expect(upload.error.value?.code).toBe('FILE_TYPE_NOT_ALLOWED');
  });
});
