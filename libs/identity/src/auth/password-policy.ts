import { DomainError } from '@parity/shared/errors';
import { IdentityErrorCode } from '../identity.errors';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** Length-based policy (NIST SP 800-63B): long enough, not absurdly long, not the e-mail itself. */
export function assertAcceptablePassword(password: string, email: string): void {
  const tooShort = [...password].length < PASSWORD_MIN_LENGTH;
  const tooLong = password.length > PASSWORD_MAX_LENGTH;
  const isEmail = password.trim().toLowerCase() === email.trim().toLowerCase();
  if (tooShort || tooLong || isEmail) {
    const code = tooShort ? 'TOO_SHORT' : tooLong ? 'TOO_LONG' : 'SAME_AS_EMAIL';
    throw new DomainError(IdentityErrorCode.WEAK_PASSWORD, 'Choose a longer password.', {
      problems: [{ field: 'password', code }],
      minLength: PASSWORD_MIN_LENGTH,
    });
  }
}
