import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { usePlatformInfo } from './usePlatformInfo';

export type PasswordProblem = 'TOO_SHORT' | 'SAME_AS_EMAIL';

/**
 * The API's password rule, checked before sending (the API checks again and answers WEAK_PASSWORD with the
 * problem codes TOO_SHORT, TOO_LONG or SAME_AS_EMAIL). Length counts characters, not UTF-16 units.
 */
export function passwordProblem(
  password: string,
  minLength: number | null,
  email?: string | null,
): PasswordProblem | null {
  if (minLength !== null && [...password].length < minLength) return 'TOO_SHORT';
  if (email && password.trim().toLowerCase() === email.trim().toLowerCase()) return 'SAME_AS_EMAIL';
  return null;
}

/** The hint and the client-side check of a new password, using the installation's minimum length. */
export function usePasswordRule() {
  const { t } = useI18n();
  const { passwordMinLength } = usePlatformInfo();

  const hint = computed(() =>
    passwordMinLength.value === null
      ? t('password.hint')
      : t('password.hintMin', { min: passwordMinLength.value }),
  );

  function check(password: string, email?: string | null): PasswordProblem | null {
    return passwordProblem(password, passwordMinLength.value, email);
  }

  function message(problem: PasswordProblem | null): string {
    if (problem === 'TOO_SHORT') return t('password.tooShort', { min: passwordMinLength.value ?? '' });
    if (problem === 'SAME_AS_EMAIL') return t('password.sameAsEmail');
    return '';
  }

  return { minLength: passwordMinLength, hint, check, message };
}
