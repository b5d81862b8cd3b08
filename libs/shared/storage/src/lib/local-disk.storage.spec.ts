import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { InvalidStorageKeyError } from './invalid-storage-key.error';
import { LocalDiskStorage } from './local-disk.storage';
import { readBody } from './read-body';
import { StoredFileNotFoundError } from './stored-file-not-found.error';

describe('LocalDiskStorage', () => {
  let dir: string;
  let root: string;
  let storage: LocalDiskStorage;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parity-storage-'));
    root = join(dir, 'root');
    storage = new LocalDiskStorage(root);
  });

  afterEach(() => rm(dir, { recursive: true, force: true }));

  const read = async (key: string) => (await readBody(await storage.get(key))).toString();
  const filesIn = async (path: string) => (await readdir(path)).sort();

  it('stores a buffer under the key, creating directories, with its content type in a sidecar', async () => {
    await storage.put('lessons/2024/05/abc', Buffer.from('%PDF-1.7'), { contentType: 'application/pdf' });

    expect(await readFile(join(root, 'lessons/2024/05/abc'), 'utf8')).toBe('%PDF-1.7');
    expect(await filesIn(join(root, 'lessons/2024/05'))).toEqual(['abc', 'abc.meta.json']);
    await expect(read('lessons/2024/05/abc')).resolves.toBe('%PDF-1.7');
    await expect(storage.head('lessons/2024/05/abc')).resolves.toEqual({
      size: 8,
      contentType: 'application/pdf',
    });
  });

  it('stores a stream and checks it against the declared size', async () => {
    await storage.put('a/stream', Readable.from([Buffer.from('hello '), Buffer.from('world')]), {
      contentType: 'text/plain',
      size: 11,
    });

    await expect(read('a/stream')).resolves.toBe('hello world');
  });

  it('replaces an existing file', async () => {
    await storage.put('a/b', Buffer.from('old'), { contentType: 'text/plain' });
    await storage.put('a/b', Buffer.from('newer'), { contentType: 'text/csv' });

    await expect(read('a/b')).resolves.toBe('newer');
    await expect(storage.head('a/b')).resolves.toEqual({ size: 5, contentType: 'text/csv' });
  });

  it('leaves nothing under the key (and no temp file) when the body fails midway', async () => {
    async function* failing() {
      yield Buffer.from('first half');
      throw new Error('connection reset');
    }

    await expect(
      storage.put('a/broken', Readable.from(failing()), { contentType: 'text/plain' }),
    ).rejects.toThrow('connection reset');

    await expect(storage.head('a/broken')).resolves.toBeNull();
    expect(await filesIn(join(root, 'a'))).toEqual([]);
  });

  it('keeps the previous file when an overwrite fails midway', async () => {
    await storage.put('a/kept', Buffer.from('complete'), { contentType: 'text/plain' });
    async function* failing() {
      yield Buffer.from('partial');
      throw new Error('disk unplugged');
    }

    await expect(
      storage.put('a/kept', Readable.from(failing()), { contentType: 'text/csv' }),
    ).rejects.toThrow();

    await expect(read('a/kept')).resolves.toBe('complete');
    await expect(storage.head('a/kept')).resolves.toEqual({ size: 8, contentType: 'text/plain' });
    expect(await filesIn(join(root, 'a'))).toEqual(['kept', 'kept.meta.json']);
  });

  it('refuses a body that is not the declared size', async () => {
    await expect(
      storage.put('a/short', Readable.from([Buffer.from('abc')]), { contentType: 'text/plain', size: 4 }),
    ).rejects.toThrow(/Expected 4 bytes/);
    await expect(
      storage.put('a/long', Readable.from([Buffer.from('abcdef')]), { contentType: 'text/plain', size: 4 }),
    ).rejects.toThrow(/Expected 4 bytes/);
    await expect(
      storage.put('a/buf', Buffer.from('abc'), { contentType: 'text/plain', size: 2 }),
    ).rejects.toThrow();

    expect(await filesIn(join(root, 'a'))).toEqual([]);
  });

  it('throws StoredFileNotFoundError for a missing key, and for a directory', async () => {
    await storage.put('a/b/c', Buffer.from('x'), { contentType: 'text/plain' });

    await expect(storage.get('a/missing')).rejects.toBeInstanceOf(StoredFileNotFoundError);
    await expect(storage.get('a/b')).rejects.toBeInstanceOf(StoredFileNotFoundError);
    await expect(storage.head('a/b')).resolves.toBeNull();
  });

  it('deletes the file and its sidecar, and deleting again is not an error', async () => {
    await storage.put('a/gone', Buffer.from('x'), { contentType: 'text/plain' });

    await storage.delete('a/gone');
    await storage.delete('a/gone');
    await storage.delete('never/existed');

    expect(await filesIn(join(root, 'a'))).toEqual([]);
  });

  it('falls back to octet-stream when the sidecar is missing or describes other bytes', async () => {
    await storage.put('a/x', Buffer.from('12345'), { contentType: 'image/png' });
    await writeFile(join(root, 'a/x.meta.json'), JSON.stringify({ contentType: 'image/png', size: 99 }));
    await expect(storage.head('a/x')).resolves.toEqual({ size: 5, contentType: 'application/octet-stream' });

    await rm(join(root, 'a/x.meta.json'));
    await expect(storage.head('a/x')).resolves.toEqual({ size: 5, contentType: 'application/octet-stream' });
  });

  it('validates keys', async () => {
    for (const key of [
      '../escape',
      '/abs',
      'a/../b',
      'A/upper',
      'a//b',
      'a/',
      '.hidden',
      'a b',
      'x.meta.json',
    ]) {
      await expect(storage.put(key, Buffer.from('x'), { contentType: 'text/plain' })).rejects.toBeInstanceOf(
        InvalidStorageKeyError,
      );
    }
    await expect(storage.get('..')).rejects.toBeInstanceOf(InvalidStorageKeyError);
  });

  describe('symbolic links', () => {
    let outside: string;

    beforeEach(async () => {
      outside = join(dir, 'outside');
      await mkdir(outside);
      await writeFile(join(outside, 'secret'), 'top secret');
      await mkdir(root, { recursive: true });
    });

    it('does not read through a link to a file outside the root', async () => {
      await symlink(join(outside, 'secret'), join(root, 'leak'));

      await expect(storage.get('leak')).rejects.toBeInstanceOf(StoredFileNotFoundError);
      await expect(storage.head('leak')).resolves.toBeNull();
    });

    it('does not read or write through a linked directory', async () => {
      await symlink(outside, join(root, 'linked'));

      await expect(storage.get('linked/secret')).rejects.toBeInstanceOf(StoredFileNotFoundError);
      await expect(
        storage.put('linked/planted', Buffer.from('x'), { contentType: 'text/plain' }),
      ).rejects.toThrow(/out of the storage root/);
      await storage.delete('linked/secret');

      expect(await filesIn(outside)).toEqual(['secret']);
    });

    it('replaces a link under the key instead of writing through it, and deletes only the link', async () => {
      await symlink(join(outside, 'secret'), join(root, 'trap'));

      await storage.put('trap', Buffer.from('mine'), { contentType: 'text/plain' });
      await expect(read('trap')).resolves.toBe('mine');
      await storage.delete('trap');

      expect(await readFile(join(outside, 'secret'), 'utf8')).toBe('top secret');
    });

    it('works when the root itself is reached through a link', async () => {
      const linkedRoot = join(dir, 'linked-root');
      await symlink(root, linkedRoot);
      const viaLink = new LocalDiskStorage(linkedRoot);

      await viaLink.put('a/b', Buffer.from('ok'), { contentType: 'text/plain' });

      await expect(readBody(await viaLink.get('a/b'))).resolves.toEqual(Buffer.from('ok'));
    });
  });
});
