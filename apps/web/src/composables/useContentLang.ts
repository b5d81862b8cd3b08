import { useI18n } from 'vue-i18n';

/**
 * Course texts arrive in one language, the learner's or a fallback. `lang` for an element showing such a text:
 * its language when it differs from the interface's (so a screen reader pronounces it right), else nothing.
 */
export function useContentLang() {
  const { locale } = useI18n();
  return {
    langOf: (text: { locale: string } | null | undefined): string | undefined =>
      text && text.locale !== locale.value ? text.locale : undefined,
  };
}
