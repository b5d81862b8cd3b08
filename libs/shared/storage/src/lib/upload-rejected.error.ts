import { DomainError } from '@parity/shared/errors';
import type { StorageErrorCode } from './storage.errors';

/** An upload the policy refuses; `code` is stable, `details` are safe to show (limits, never file bytes). */
export class UploadRejectedError extends DomainError {
  constructor(
    override readonly code: StorageErrorCode,
    message: string,
    details: { [key: string]: unknown } = {},
  ) {
    super(code, message, details);
    this.name = 'UploadRejectedError';
  }
}
