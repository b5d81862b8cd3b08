import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DomainError } from '@parity/shared/errors';
import type { FileStorage, PutOptions, StoredFileInfo } from '@parity/shared/storage';
import type { PackagedFile, PackageSnapshot } from './course-package';
import { verifyPackagedFiles, withWrittenFiles, type VerifiedFile } from './package-files';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n%%EOF\n');
const snapshot = { modules: [{ lessons: [{}, {}] }] } as unknown as PackageSnapshot;

const packaged = (bytes: Buffer, overrides: Partial<PackagedFile> = {}): PackagedFile => ({
  module: 0,
  lesson: 1,
  name: 'plan.pdf',
  contentType: 'application/pdf',
  size: bytes.length,
  sha256: createHash('sha256').update(bytes).digest('hex'),
  data: bytes.toString('base64'),
  ...overrides,
});

function problemOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    const { problems } = (error as DomainError).details as { problems: { field: string; code: string }[] };
    return `${(error as DomainError).code} ${problems.map((p) => `${p.field}:${p.code}`).join(',')}`;
  }
  return 'accepted';
}

/** A storage in memory that can be told to fail the n-th write. */
class MemoryStorage implements FileStorage {
  readonly files = new Map<string, Buffer>();
  failOnPut = 0;
  private puts = 0;
  async put(key: string, body: Buffer | Readable, _options: PutOptions): Promise<void> {
    if (++this.puts === this.failOnPut) throw new Error('disk full');
    this.files.set(key, body as Buffer);
  }
  async get(): Promise<Readable> {
    throw new Error('not used');
  }
  async head(): Promise<StoredFileInfo | null> {
    return null;
  }
  async delete(key: string): Promise<void> {
    this.files.delete(key);
  }
}

describe('package files', () => {
  it('accepts a file whose size, checksum and content agree, with the canonical type', () => {
    const [file] = verifyPackagedFiles([packaged(PDF, { contentType: 'application/x-pdf' })], snapshot);
    expect(file).toMatchObject({
      module: 0,
      lesson: 1,
      originalName: 'plan.pdf',
      contentType: 'application/pdf',
    });
    expect(file!.bytes.equals(PDF)).toBe(true);
  });

  it('names the file and the reason of every refusal', () => {
    const svg = Buffer.from('<svg onload="alert(1)"></svg>');
    expect(problemOf(() => verifyPackagedFiles([packaged(PDF, { lesson: 2 })], snapshot))).toBe(
      'INVALID_PACKAGE files.0.lesson:OUT_OF_RANGE',
    );
    expect(problemOf(() => verifyPackagedFiles([packaged(PDF, { size: PDF.length + 1 })], snapshot))).toBe(
      'INVALID_PACKAGE files.0.size:INVALID',
    );
    expect(problemOf(() => verifyPackagedFiles([packaged(PDF, { sha256: '0'.repeat(64) })], snapshot))).toBe(
      'INVALID_PACKAGE files.0.sha256:INVALID',
    );
    expect(problemOf(() => verifyPackagedFiles([packaged(PDF, { data: 'abc' })], snapshot))).toBe(
      'INVALID_PACKAGE files.0.data:INVALID',
    );
    expect(
      problemOf(() =>
        verifyPackagedFiles([packaged(svg, { name: 'logo.svg', contentType: 'image/svg+xml' })], snapshot),
      ),
    ).toBe('INVALID_PACKAGE files.0.contentType:INVALID_VALUE');
    expect(
      problemOf(() => verifyPackagedFiles([packaged(Buffer.from('MZ\x90\x00 program'))], snapshot)),
    ).toBe('INVALID_PACKAGE files.0.contentType:INVALID_VALUE');
  });

  const verified = (): VerifiedFile[] =>
    [0, 1, 2].map((lesson) => ({
      module: 0,
      lesson,
      originalName: 'a.pdf',
      contentType: 'application/pdf',
      bytes: PDF,
    }));

  it('keeps the written files when the work succeeds, under distinct unguessable keys', async () => {
    const storage = new MemoryStorage();
    const keys = await withWrittenFiles(storage, verified(), async (written) =>
      written.map((file) => file.key),
    );
    expect(new Set(keys).size).toBe(3);
    expect([...storage.files.keys()].sort()).toEqual([...keys].sort());
    for (const key of keys) expect(key).toMatch(/^lesson-files\/\d{4}\/\d{2}\/[a-z2-7]{26}$/);
  });

  it('deletes every file it wrote when the work fails (e.g. the transaction rolls back)', async () => {
    const storage = new MemoryStorage();
    const failure = new Error('transaction failed');
    await expect(
      withWrittenFiles(storage, verified(), async () => {
        expect(storage.files.size).toBe(3);
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(storage.files.size).toBe(0);
  });

  it('deletes the files already written when a later write fails, and does not run the work', async () => {
    const storage = new MemoryStorage();
    storage.failOnPut = 3;
    const work = jest.fn();
    await expect(withWrittenFiles(storage, verified(), work)).rejects.toThrow('disk full');
    expect(work).not.toHaveBeenCalled();
    expect(storage.files.size).toBe(0);
  });
});
