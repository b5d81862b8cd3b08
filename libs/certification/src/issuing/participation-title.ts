import { LOCALES, type TranslatedText } from '@parity/curriculum';
import { certificateCopy } from '../pdf/certificate-pdf-copy';

/** "Certificate of participation — <programme>" in every language Parity speaks (the heading of its PDF). */
export function participationTitle(programmeName: string): TranslatedText {
  return Object.fromEntries(
    LOCALES.map((locale) => [locale, `${certificateCopy(locale).participationHeading} — ${programmeName}`]),
  );
}

/** The key of the certificate of one engagement: unique among original certificates. */
export const engagementSourceKey = (engagementId: string): string => `coaching-engagement:${engagementId}`;

/** The engagement a participation certificate's key names, or null for any other key. */
export function engagementOfSourceKey(sourceKey: string | null): string | null {
  const match = /^coaching-engagement:([0-9a-f-]{36})$/i.exec(sourceKey ?? '');
  return match?.[1] ?? null;
}
