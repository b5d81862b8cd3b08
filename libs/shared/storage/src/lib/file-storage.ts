import type { Readable } from 'node:stream';

export interface PutOptions {
  contentType: string;
  /** Expected byte count. When given, a body of any other length is refused and nothing is stored. */
  size?: number;
}

export interface StoredFileInfo {
  size: number;
  contentType: string;
}

/**
 * Where file bytes live (lesson files, certificate PDFs). Keys are validated relative paths
 * (see `assertValidStorageKey`); metadata such as the original file name belongs in the database, not here.
 */
export interface FileStorage {
  /** Stores the body under the key, replacing what was there. Readers never see a partly written file. */
  put(key: string, body: Buffer | Readable, options: PutOptions): Promise<void>;
  /** The stored bytes as a stream; throws `StoredFileNotFoundError` when nothing is stored under the key. */
  get(key: string): Promise<Readable>;
  /** Size and content type, or null when nothing is stored under the key. */
  head(key: string): Promise<StoredFileInfo | null>;
  /** Removes the file; removing a missing file is not an error. */
  delete(key: string): Promise<void>;
}
