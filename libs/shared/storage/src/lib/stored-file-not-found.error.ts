/** Nothing is stored under the key (or what is there is not a regular file inside the storage root). */
export class StoredFileNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`No stored file under key ${key}`);
    this.name = 'StoredFileNotFoundError';
  }
}
