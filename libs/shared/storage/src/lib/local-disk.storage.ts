import { randomBytes } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { lstat, mkdir, open, readFile, realpath, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import type { FileStorage, PutOptions, StoredFileInfo } from './file-storage';
import { InvalidStorageKeyError } from './invalid-storage-key.error';
import { sizeMismatch } from './read-body';
import { assertValidStorageKey } from './storage-key';
import { StoredFileNotFoundError } from './stored-file-not-found.error';

const META_SUFFIX = '.meta.json';
const FALLBACK_CONTENT_TYPE = 'application/octet-stream';
/** Not defined on Windows; there the realpath check alone guards against links. */
const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0;

interface Meta {
  contentType: string;
  size: number;
}

/**
 * Files under one root directory. Writes go to a temporary file in the target's directory, are fsynced and then
 * renamed over the target, so a crash leaves either the old file or the new one, never half of one. The content
 * type and size live in a sidecar `<file>.meta.json`, written the same way after the data; a sidecar whose size
 * does not match the file (a crash between the two renames) is ignored. No path under the root may pass through
 * a symbolic link: such a file is treated as absent and is never written through.
 */
export class LocalDiskStorage implements FileStorage {
  private readonly root: string;
  private realRoot: Promise<string> | null = null;

  constructor(root: string) {
    this.root = resolve(root);
  }

  async put(key: string, body: Buffer | Readable, options: PutOptions): Promise<void> {
    const target = await this.pathFor(key);
    const dir = dirname(target);
    await mkdir(dir, { recursive: true });
    if ((await realpath(dir)) !== dir) {
      throw new Error(`Refusing to write ${key}: its directory leads out of the storage root through a link`);
    }
    const size = await writeAtomically(target, key, body, options.size);
    const meta: Meta = { contentType: options.contentType, size };
    await writeAtomically(target + META_SUFFIX, key, Buffer.from(JSON.stringify(meta)), undefined);
    await syncDirectory(dir);
  }

  async get(key: string): Promise<Readable> {
    const path = await this.existingFile(key);
    if (!path) throw new StoredFileNotFoundError(key);
    let handle: FileHandle;
    try {
      handle = await open(path, constants.O_RDONLY | O_NOFOLLOW);
    } catch (error) {
      if (isMissing(error)) throw new StoredFileNotFoundError(key);
      throw error;
    }
    return handle.createReadStream();
  }

  async head(key: string): Promise<StoredFileInfo | null> {
    const path = await this.existingFile(key);
    if (!path) return null;
    const stats = await lstat(path);
    const meta = await readMeta(path + META_SUFFIX);
    // A sidecar from an interrupted overwrite describes other bytes: do not trust its type.
    const contentType = meta && meta.size === stats.size ? meta.contentType : FALLBACK_CONTENT_TYPE;
    return { size: stats.size, contentType };
  }

  async delete(key: string): Promise<void> {
    const target = await this.pathFor(key);
    const dir = dirname(target);
    let realDir: string;
    try {
      realDir = await realpath(dir);
    } catch (error) {
      if (isMissing(error)) return;
      throw error;
    }
    if (realDir !== dir) return; // outside the root: nothing of ours to delete
    // unlink never follows the last component, so a link under the key is removed, not its target.
    await unlinkIfPresent(target);
    await unlinkIfPresent(target + META_SUFFIX);
  }

  /** Absolute path of the key under the canonical root (no file system access besides resolving the root). */
  private async pathFor(key: string): Promise<string> {
    assertValidStorageKey(key);
    if (key.endsWith(META_SUFFIX)) throw new InvalidStorageKeyError(key);
    return join(await this.canonicalRoot(), ...key.split('/'));
  }

  /** The path of a regular file stored under the key, or null (missing, a directory, or reached through a link). */
  private async existingFile(key: string): Promise<string | null> {
    const path = await this.pathFor(key);
    let real: string;
    let stats: Stats;
    try {
      real = await realpath(path);
      stats = await lstat(real);
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
    return real === path && stats.isFile() ? path : null;
  }

  private canonicalRoot(): Promise<string> {
    this.realRoot ??= mkdir(this.root, { recursive: true })
      .then(() => realpath(this.root))
      .catch((error: unknown) => {
        this.realRoot = null;
        throw error;
      });
    return this.realRoot;
  }
}

/** Writes to `.<name>.<random>.tmp` beside the target, fsyncs, renames over the target; returns the byte count. */
async function writeAtomically(
  target: string,
  key: string,
  body: Buffer | Readable,
  expectedSize: number | undefined,
): Promise<number> {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  // O_EXCL: never opens (or follows) something already there.
  const handle = await open(
    temp,
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | O_NOFOLLOW,
    0o640,
  );
  let written = 0;
  try {
    try {
      if (Buffer.isBuffer(body)) {
        await handle.writeFile(body);
        written = body.length;
      } else {
        for await (const chunk of body) {
          const bytes: Buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
          written += bytes.length;
          if (expectedSize !== undefined && written > expectedSize) break;
          await handle.write(bytes);
        }
      }
      if (expectedSize !== undefined && written !== expectedSize)
        throw sizeMismatch(key, expectedSize, written);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    return written;
  } catch (error) {
    await unlinkIfPresent(temp);
    throw error;
  }
}

/** Makes the rename durable. Some platforms cannot fsync a directory; there the rename is as durable as it gets. */
async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, constants.O_RDONLY);
    await handle.sync();
  } catch {
    // EISDIR / EPERM / EINVAL on platforms without directory fsync.
  } finally {
    await handle?.close();
  }
}

async function readMeta(path: string): Promise<Meta | null> {
  try {
    const parsed: unknown = JSON.parse(
      await readFile(path, { encoding: 'utf8', flag: constants.O_RDONLY | O_NOFOLLOW }),
    );
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      typeof (parsed as Meta).contentType === 'string' &&
      typeof (parsed as Meta).size === 'number'
    ) {
      return parsed as Meta;
    }
    return null;
  } catch {
    return null; // missing, a link, or unreadable: the type falls back to octet-stream
  }
}

async function unlinkIfPresent(path: string): Promise<void> {
  try {
    await unlink(path);
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP' || code === 'EISDIR';
}
