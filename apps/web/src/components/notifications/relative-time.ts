const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** Notices older than this show their date instead ("12 Mar 2026, 10:00"). */
export const RELATIVE_LIMIT_MS = 7 * 86_400_000;

/**
 * "3 hours ago", "yesterday", "prije 5 minuta" in `intlLocale`; null when the moment is too far back to say so
 * usefully (the caller shows the absolute date). Under a minute reads as "now".
 */
export function relativeTime(iso: string, now: Date, intlLocale: string): string | null {
  const at = new Date(iso).getTime();
  if (Number.isNaN(at)) return null;
  const elapsed = now.getTime() - at;
  if (elapsed >= RELATIVE_LIMIT_MS) return null;
  const format = new Intl.RelativeTimeFormat(intlLocale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(elapsed) >= size) return format.format(-Math.round(elapsed / size), unit);
  }
  return format.format(0, 'second');
}
