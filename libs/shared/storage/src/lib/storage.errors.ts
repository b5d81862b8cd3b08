/** Error codes of file uploads (extensions.code). The API maps each one exhaustively. */
export enum StorageErrorCode {
  /** Larger than the policy allows (`details.maxBytes`). */
  FILE_TOO_LARGE = 'FILE_TOO_LARGE',
  /** A kind of file the policy does not accept (by extension or declared type), e.g. HTML, SVG, executables. */
  FILE_TYPE_NOT_ALLOWED = 'FILE_TYPE_NOT_ALLOWED',
  /** Name, declared type and content disagree (an .exe renamed .pdf, HTML sent as an image). */
  FILE_TYPE_MISMATCH = 'FILE_TYPE_MISMATCH',
}
