export type { FileStorage, PutOptions, StoredFileInfo } from './lib/file-storage';
export { LocalDiskStorage } from './lib/local-disk.storage';
export { S3Storage, type S3StorageOptions } from './lib/s3.storage';
export { S3RequestError } from './lib/s3-request.error';
export { createStorage, type StorageConfig } from './lib/create-storage';
export { StoredFileNotFoundError } from './lib/stored-file-not-found.error';
export { InvalidStorageKeyError } from './lib/invalid-storage-key.error';
export {
  assertValidStorageKey,
  contentAddressedKey,
  isValidStorageKey,
  storedFileKey,
} from './lib/storage-key';
export {
  assertUploadAllowed,
  LESSON_FILE_POLICY,
  type AcceptedUpload,
  type AllowedFileType,
  type UploadCandidate,
  type UploadPolicy,
} from './lib/upload-policy';
export { sniffContentType, SNIFF_BYTES } from './lib/sniff-content-type';
export { contentDisposition, safeDownloadName } from './lib/safe-download-name';
export { peekBytes } from './lib/peek-bytes';
export { readBody } from './lib/read-body';
export { StorageErrorCode } from './lib/storage.errors';
export { UploadRejectedError } from './lib/upload-rejected.error';
export { StoredFile, type NewStoredFile } from './lib/stored-file.entity';
export { StorageModule, FILE_STORAGE } from './lib/storage.module';
