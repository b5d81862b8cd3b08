import { rgb, type RGB } from 'pdf-lib';

/**
 * A template colour (`#1d4e89` or `#18a`) as a PDF colour. A malformed value falls back to `fallback` instead of
 * failing the certificate: templates are validated when saved, and a wrong shade is better than no certificate.
 */
export function hexColor(value: string, fallback: RGB): RGB {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  const digits = match?.[1];
  if (!digits) return fallback;
  const full = digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits;
  const channel = (index: number): number => parseInt(full.slice(index * 2, index * 2 + 2), 16) / 255;
  return rgb(channel(0), channel(1), channel(2));
}
