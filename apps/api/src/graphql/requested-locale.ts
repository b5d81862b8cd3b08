import { LOCALES } from '@parity/curriculum';

/**
 * The first language of an Accept-Language header when it is exactly one of Parity's (case-insensitive:
 * `sr-cyrl` is `sr-Cyrl`); null otherwise, so a browser's general preference ("en-US,en;q=0.9") never overrides
 * the language a person chose in their profile.
 */
export function requestedLocale(header: string | string[] | undefined): string | null {
  const first = (Array.isArray(header) ? header[0] : header)
    ?.split(',')[0]
    ?.split(';')[0]
    ?.trim()
    .toLowerCase();
  if (!first) return null;
  return LOCALES.find((locale) => locale.toLowerCase() === first) ?? null;
}
