import {
  newVerificationCode,
  normalizeVerificationCode,
  VERIFICATION_CODE_LENGTH,
} from './verification-code';

describe('verification codes', () => {
  it('are 32 URL-safe base32 characters (160 random bits) and never repeat in practice', () => {
    const codes = Array.from({ length: 2000 }, () => newVerificationCode());
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{32}$/);
    expect(new Set(codes).size).toBe(codes.length);
    expect(VERIFICATION_CODE_LENGTH * 5).toBeGreaterThanOrEqual(128);
  });

  it('accepts a code typed in lower case and refuses anything else before it reaches SQL', () => {
    const code = newVerificationCode();
    expect(normalizeVerificationCode(` ${code.toLowerCase()} `)).toBe(code);
    expect(normalizeVerificationCode(`${code.slice(1)}I`)).toBeNull();
    expect(normalizeVerificationCode("' or 1=1 --")).toBeNull();
    expect(normalizeVerificationCode('')).toBeNull();
  });
});
