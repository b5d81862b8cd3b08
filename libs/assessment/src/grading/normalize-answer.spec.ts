import { normalizeAnswer } from './normalize-answer';

const lenient = { caseSensitive: false, diacriticSensitive: false };

describe('normalising a short answer', () => {
  it('strips the diacritics of the region’s languages, đ included', () => {
    expect(normalizeAnswer('Čćšžđ ČĆŠŽĐ', lenient)).toBe('ccszd ccszd');
    expect(normalizeAnswer('Shqipëri', lenient)).toBe('shqiperi');
  });

  it('keeps Cyrillic letters (only their combining marks go)', () => {
    expect(normalizeAnswer('Ђурђевдан', lenient)).toBe('ђурђевдан');
    expect(normalizeAnswer('ѓ', lenient)).toBe('г');
  });

  it('keeps case and diacritics when asked to', () => {
    expect(normalizeAnswer(' Đakovo ', { caseSensitive: true, diacriticSensitive: true })).toBe('Đakovo');
  });
});
