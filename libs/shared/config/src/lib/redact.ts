/** Paths that structured logs must never print: secrets and personal data. */
export const REDACTED_LOG_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.token',
  '*.passwordHash',
  '*.tokenHash',
  '*.email',
  '*.sex',
  '*.rank',
  '*.staffCategory',
  '*.variables',
  '*.S3_SECRET_ACCESS_KEY',
  'variables',
  'password',
  'token',
  'email',
];

/** Removes credentials from a connection URL before it is shown to a person or written to a log. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(invalid URL)';
  }
}
