import { DomainError } from '@parity/shared/errors';
import { StorageErrorCode } from './storage.errors';
import { assertUploadAllowed, LESSON_FILE_POLICY, type UploadCandidate } from './upload-policy';
import { UploadRejectedError } from './upload-rejected.error';

const PDF = Buffer.from('%PDF-1.7\n');
const PNG = Buffer.from('89504e470d0a1a0a0000000d', 'hex');
const ZIP = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(26), Buffer.from('[Content_Types].xml')]);
const EXE = Buffer.from('MZ\x90\x00\x03\x00', 'latin1');

const upload = (overrides: Partial<UploadCandidate>): UploadCandidate => ({
  originalName: 'Lesson.pdf',
  contentType: 'application/pdf',
  size: 1000,
  firstBytes: PDF,
  ...overrides,
});

function rejection(candidate: UploadCandidate): UploadRejectedError {
  try {
    assertUploadAllowed(candidate);
  } catch (error) {
    if (error instanceof UploadRejectedError) return error;
    throw error;
  }
  throw new Error('expected the upload to be rejected');
}

describe('assertUploadAllowed (lesson files)', () => {
  it('accepts an allowed file and returns the canonical type to store', () => {
    expect(assertUploadAllowed(upload({}))).toEqual({ contentType: 'application/pdf', extension: 'pdf' });
    expect(
      assertUploadAllowed(
        upload({
          originalName: 'Plani mësimor.DOCX',
          contentType: 'application/octet-stream',
          firstBytes: ZIP,
        }),
      ),
    ).toEqual({
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      extension: 'docx',
    });
    expect(
      assertUploadAllowed(
        upload({
          originalName: 'photo.jpg',
          contentType: 'image/pjpeg',
          firstBytes: Buffer.from([0xff, 0xd8, 0xff]),
        }),
      ),
    ).toEqual({ contentType: 'image/jpeg', extension: 'jpg' });
    expect(
      assertUploadAllowed(
        upload({
          originalName: 'results.csv',
          contentType: 'application/vnd.ms-excel; charset=utf-8',
          firstBytes: Buffer.from('a;b\n'),
        }),
      ),
    ).toEqual({ contentType: 'text/csv', extension: 'csv' });
  });

  it('refuses a file over 25 MB with FILE_TOO_LARGE and the limit', () => {
    const error = rejection(upload({ size: 25 * 1024 * 1024 + 1 }));

    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe(StorageErrorCode.FILE_TOO_LARGE);
    expect(error.details).toEqual({ maxBytes: 25 * 1024 * 1024, size: 25 * 1024 * 1024 + 1 });
    expect(() => assertUploadAllowed(upload({ size: 25 * 1024 * 1024 }))).not.toThrow();
  });

  it('refuses kinds of files outside the policy with FILE_TYPE_NOT_ALLOWED', () => {
    for (const candidate of [
      upload({ originalName: 'setup.exe', contentType: 'application/x-msdownload', firstBytes: EXE }),
      upload({ originalName: 'archive.zip', contentType: 'application/zip', firstBytes: ZIP }),
      upload({ originalName: 'README', contentType: 'text/plain', firstBytes: Buffer.from('hi') }),
      upload({ originalName: 'lesson.pdf', contentType: 'application/x-shockwave-flash' }),
    ]) {
      expect(rejection(candidate).code).toBe(StorageErrorCode.FILE_TYPE_NOT_ALLOWED);
    }
  });

  it('never allows HTML or SVG, whatever they claim to be', () => {
    for (const candidate of [
      upload({ originalName: 'page.html', contentType: 'text/html', firstBytes: Buffer.from('<html>') }),
      upload({ originalName: 'logo.svg', contentType: 'image/svg+xml', firstBytes: Buffer.from('<svg>') }),
      upload({ originalName: 'logo.png', contentType: 'image/svg+xml', firstBytes: PNG }),
      upload({ originalName: 'notes.txt', contentType: 'text/html', firstBytes: Buffer.from('hello') }),
    ]) {
      expect(rejection(candidate).code).toBe(StorageErrorCode.FILE_TYPE_NOT_ALLOWED);
    }
    const permissive = {
      ...LESSON_FILE_POLICY,
      types: [{ contentType: 'image/svg+xml', extensions: ['svg'], sniffed: ['image/svg+xml'] }],
    };
    expect(() =>
      assertUploadAllowed(
        upload({ originalName: 'x.svg', contentType: 'image/svg+xml', firstBytes: Buffer.from('<svg>') }),
        permissive,
      ),
    ).toThrow(UploadRejectedError);
  });

  it('refuses content that does not match its name and declared type with FILE_TYPE_MISMATCH', () => {
    const exeAsPdf = rejection(
      upload({ originalName: 'slides.pdf', contentType: 'application/pdf', firstBytes: EXE }),
    );
    expect(exeAsPdf.code).toBe(StorageErrorCode.FILE_TYPE_MISMATCH);
    expect(exeAsPdf.details).toMatchObject({ detected: 'application/x-msdownload' });

    for (const candidate of [
      upload({
        originalName: 'cat.png',
        contentType: 'image/png',
        firstBytes: Buffer.from('<svg onload="alert(1)">'),
      }),
      upload({
        originalName: 'cat.png',
        contentType: 'image/png',
        firstBytes: Buffer.from('<!doctype html><script>'),
      }),
      upload({
        originalName: 'notes.txt',
        contentType: 'text/plain',
        firstBytes: Buffer.from(' <html><body onload=x>'),
      }),
      upload({ originalName: 'notes.txt', contentType: 'text/plain', firstBytes: EXE }),
      upload({ originalName: 'report.docx', contentType: 'application/octet-stream', firstBytes: PDF }),
      upload({ originalName: 'report.pdf', contentType: 'image/png', firstBytes: PDF }),
      upload({ originalName: 'empty.pdf', size: 0, firstBytes: Buffer.alloc(0) }),
    ]) {
      expect(rejection(candidate).code).toBe(StorageErrorCode.FILE_TYPE_MISMATCH);
    }
  });

  it('judges the extension of the name without its path', () => {
    expect(rejection(upload({ originalName: 'x.pdf/../evil.html' })).code).toBe(
      StorageErrorCode.FILE_TYPE_NOT_ALLOWED,
    );
    expect(assertUploadAllowed(upload({ originalName: 'C:\\Users\\ana\\Lesson.pdf' })).extension).toBe('pdf');
  });

  it('treats a nonsensical size as a programming error, not a user error', () => {
    expect(() => assertUploadAllowed(upload({ size: -1 }))).toThrow(RangeError);
    expect(() => assertUploadAllowed(upload({ size: 10, firstBytes: Buffer.alloc(0) }))).toThrow(RangeError);
  });
});
