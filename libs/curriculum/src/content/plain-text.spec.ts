import { sanitizePlainText } from './plain-text';
import { sanitizePlainText as reExported } from './rich-text-sanitizer';

import { XSS_PAYLOADS } from './xss-payloads';

describe('sanitizePlainText', () => {
  it('trims and collapses runs of whitespace, tabs and line breaks', () => {
    expect(sanitizePlainText('  Rodna \t ravnopravnost\r\n\u00a0u   sektoru  ', 100)).toBe(
      'Rodna ravnopravnost u sektoru',
    );
  });

  it('keeps letters of every script and ordinary punctuation', () => {
    for (const name of [
      'Ђорђе Јовановић',
      'Marija Šćepanović-Đukić',
      'Ëndër Çela',
      'Гоце Делчев (МК)',
      "O'Neil, Jr.",
    ]) {
      expect(sanitizePlainText(name, 100)).toBe(name);
    }
  });

  it('removes control characters and invisible spoofing characters', () => {
    expect(sanitizePlainText('Ana\u0000\u0007 Mar\u202eija\u200b\ufeff', 100)).toBe('Ana Marija');
  });

  it('stores one form of composed letters', () => {
    expect(sanitizePlainText('e\u0308 c\u0327', 10)).toBe('ë ç');
  });

  it('truncates by code points without splitting a character', () => {
    expect(sanitizePlainText('Љубљана', 3)).toBe('Љуб');
    expect(sanitizePlainText('ab😀cd', 3)).toBe('ab😀');
    expect(sanitizePlainText('ab cd', 3)).toBe('ab');
    expect(sanitizePlainText('abc', 0)).toBe('');
  });

  it('rejects a negative or fractional maxLength', () => {
    expect(() => sanitizePlainText('x', -1)).toThrow(RangeError);
    expect(() => sanitizePlainText('x', 1.5)).toThrow(RangeError);
  });

  it('keeps markup as literal text: the API returns a string and the web app renders it as text', () => {
    expect(sanitizePlainText('<script>window.__xss=1</script> Kurs', 200)).toBe(
      '<script>window.__xss=1</script> Kurs',
    );
    for (const payload of XSS_PAYLOADS) {
      const stored = sanitizePlainText(payload, 10_000);
      expect(sanitizePlainText(stored, 10_000)).toBe(stored);
      // eslint-disable-next-line no-control-regex
      expect(stored).not.toMatch(/[\u0000-\u001f\u007f]/);
    }
  });

  it('is re-exported beside sanitizeRichText', () => {
    expect(reExported).toBe(sanitizePlainText);
  });
});
