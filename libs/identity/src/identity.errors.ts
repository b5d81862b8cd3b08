/** Error codes of the identity domain (extensions.code). The API maps each one exhaustively. */
export enum IdentityErrorCode {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  INVITATION_INVALID = 'INVITATION_INVALID',
  WEAK_PASSWORD = 'WEAK_PASSWORD',
  UNIT_NAME_TAKEN = 'UNIT_NAME_TAKEN',
  LAST_PLATFORM_ADMIN = 'LAST_PLATFORM_ADMIN',
}
