import { requestedLocale } from './requested-locale';

describe('the language a client asks content in', () => {
  it('takes the first language when it is exactly one of Parity’s, whatever its case', () => {
    expect(requestedLocale('sr-Cyrl')).toBe('sr-Cyrl');
    expect(requestedLocale('sr-cyrl, en;q=0.5')).toBe('sr-Cyrl');
    expect(requestedLocale('sq')).toBe('sq');
  });

  it('ignores a browser’s general preference, so the profile’s language decides', () => {
    expect(requestedLocale('en-US,en;q=0.9')).toBeNull();
    expect(requestedLocale('de')).toBeNull();
    expect(requestedLocale(undefined)).toBeNull();
    expect(requestedLocale('')).toBeNull();
  });
});
