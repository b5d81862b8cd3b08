import type { TranslatedText } from '../translation/translated-text';

/** "Gender equality in the security sector (v2).parity-course.json": the title in the course's default language. */
export function packageFileName(defaultLocale: string, title: TranslatedText, versionNumber: number): string {
  const text =
    (title as Record<string, string | undefined>)[defaultLocale] ?? Object.values(title).find(Boolean);
  const name = (text ?? '')
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120)
    .trim();
  return `${name || 'course'} (v${versionNumber}).parity-course.json`;
}
