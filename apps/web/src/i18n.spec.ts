import { describe, expect, it } from 'vitest';
import { FALLBACK_CHAIN, i18n, intlLocale, matchLocale, setLocale } from './i18n';

describe('languages', () => {
  it('picks our language from the browser settings', () => {
    expect(matchLocale('sq-AL')).toBe('sq');
    expect(matchLocale('mk')).toBe('mk');
    expect(matchLocale('sr-RS')).toBe('sr-Cyrl');
    expect(matchLocale('sr-Latn-RS')).toBe('sr-Latn');
    expect(matchLocale('hr-HR')).toBe('hr');
    expect(matchLocale('de-DE')).toBeUndefined();
  });

  it('falls back from Serbian Cyrillic and Montenegrin to Serbian Latin, then English', () => {
    expect(FALLBACK_CHAIN['sr-Cyrl']).toEqual(['sr-Latn', 'en']);
    expect(FALLBACK_CHAIN.cnr).toEqual(['sr-Latn', 'en']);
    expect(FALLBACK_CHAIN.bs).toEqual(['en']);
  });

  it('formats Montenegrin dates with a tag Intl understands', () => {
    expect(intlLocale('cnr')).toBe('sr-Latn-ME');
    expect(() => new Intl.DateTimeFormat(intlLocale('cnr'))).not.toThrow();
  });

  it('switches the page language, its lang attribute and remembers the choice', async () => {
    await setLocale('mk', { remember: true });
    expect(i18n.global.t('login.submit')).toBe('Најави се');
    expect(document.documentElement.lang).toBe('mk');
    expect(localStorage.getItem('parity.locale')).toBe('mk');
  });
});
