/**
 * A credential date: whole seconds, UTC, `Z`. JWT NumericDates are whole seconds and Open Badges 3.0 verifiers
 * check that `nbf` equals `validFrom`, so the milliseconds of a database timestamp must not reach the credential.
 */
export function credentialTime(date: Date): string {
  return new Date(Math.floor(date.getTime() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

export function numericDate(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}
