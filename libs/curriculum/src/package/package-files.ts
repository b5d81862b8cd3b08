import { createHash } from 'node:crypto';
import {
  assertUploadAllowed,
  SNIFF_BYTES,
  storedFileKey,
  UploadRejectedError,
  type FileStorage,
} from '@parity/shared/storage';
import { sanitizePlainText } from '../content/plain-text';
import { MAX_PACKAGE_FILE_BYTES, type PackagedFile, type PackageSnapshot } from './course-package';
import { invalidPackage } from './parse-package';

/** A package's file after every check: its lesson, the name to keep, the canonical type and the bytes. */
export interface VerifiedFile {
  module: number;
  lesson: number;
  originalName: string;
  contentType: string;
  bytes: Buffer;
}

/** A verified file once written to the storage, under a fresh unguessable key. */
export interface WrittenFile extends VerifiedFile {
  key: string;
}

export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Checks every file of a package before anything is stored: it belongs to a lesson of the snapshot, its base64
 * decodes to exactly its size, its SHA-256 matches, and it passes the lesson-file upload policy (size, name, declared
 * type and sniffed content) like an upload. Throws INVALID_PACKAGE naming the first file that fails.
 */
export function verifyPackagedFiles(files: PackagedFile[], snapshot: PackageSnapshot): VerifiedFile[] {
  let total = 0;
  return files.map((file, index) => {
    const field = `files.${index}`;
    const label = `file ${index + 1}`;
    if (!snapshot.modules[file.module]?.lessons[file.lesson]) {
      throw invalidPackage(`${label} belongs to a lesson the package does not have`, [
        { field: `${field}.lesson`, code: 'OUT_OF_RANGE' },
      ]);
    }
    total += file.size;
    if (total > MAX_PACKAGE_FILE_BYTES) {
      throw invalidPackage(`its files come to more than ${MAX_PACKAGE_FILE_BYTES / (1024 * 1024)} MB`, [
        { field, code: 'FILE_TOO_LARGE' },
      ]);
    }
    if (file.data.length % 4 !== 0) {
      throw invalidPackage(`${label} is not valid base64`, [{ field: `${field}.data`, code: 'INVALID' }]);
    }
    const bytes = Buffer.from(file.data, 'base64');
    if (bytes.length !== file.size) {
      throw invalidPackage(`${label} is not ${file.size} bytes long`, [
        { field: `${field}.size`, code: 'INVALID' },
      ]);
    }
    if (sha256(bytes) !== file.sha256) {
      throw invalidPackage(`${label} does not match its checksum`, [
        { field: `${field}.sha256`, code: 'INVALID' },
      ]);
    }
    const originalName = sanitizePlainText(file.name, 255);
    if (!originalName) {
      throw invalidPackage(`${label} has no name`, [{ field: `${field}.name`, code: 'REQUIRED' }]);
    }
    try {
      const accepted = assertUploadAllowed({
        originalName,
        contentType: file.contentType,
        size: bytes.length,
        firstBytes: bytes.subarray(0, SNIFF_BYTES),
      });
      return {
        module: file.module,
        lesson: file.lesson,
        originalName,
        contentType: accepted.contentType,
        bytes,
      };
    } catch (error) {
      if (!(error instanceof UploadRejectedError)) throw error;
      throw invalidPackage(`${label} (${originalName}) is refused: ${error.message}`, [
        {
          field: `${field}.contentType`,
          code: error.code === 'FILE_TOO_LARGE' ? 'FILE_TOO_LARGE' : 'INVALID_VALUE',
        },
      ]);
    }
  });
}

/**
 * Writes the files under fresh keys, then runs `work` (the import's transaction). If a write or the work fails, every
 * file written so far is deleted again before the error goes on: an import that fails leaves no file behind.
 */
export async function withWrittenFiles<T>(
  storage: FileStorage,
  files: VerifiedFile[],
  work: (written: WrittenFile[]) => Promise<T>,
): Promise<T> {
  const keys: string[] = [];
  try {
    const written: WrittenFile[] = [];
    for (const file of files) {
      const key = storedFileKey('lesson-files');
      keys.push(key);
      await storage.put(key, file.bytes, { contentType: file.contentType, size: file.bytes.length });
      written.push({ ...file, key });
    }
    return await work(written);
  } catch (error) {
    await Promise.allSettled(keys.map((key) => storage.delete(key)));
    throw error;
  }
}
