/** S3 answered with an error status (other than "no such key", which becomes not-found). */
export class S3RequestError extends Error {
  constructor(
    readonly operation: string,
    readonly key: string,
    readonly status: number,
    /** S3's error code from the XML body (`AccessDenied`, `NoSuchBucket`, …), when there is one. */
    readonly s3Code: string | null,
  ) {
    super(`S3 ${operation} of ${key} failed with HTTP ${status}${s3Code ? ` (${s3Code})` : ''}`);
    this.name = 'S3RequestError';
  }
}
