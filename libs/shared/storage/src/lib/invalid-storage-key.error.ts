/** A key that is not a safe relative path (a programming error: keys come from `storedFileKey`). */
export class InvalidStorageKeyError extends Error {
  constructor(readonly key: string) {
    super(
      `Invalid storage key ${JSON.stringify(String(key).slice(0, 100))}: use lowercase segments of [a-z0-9._-] ` +
        'starting with a letter or digit, separated by "/"',
    );
    this.name = 'InvalidStorageKeyError';
  }
}
