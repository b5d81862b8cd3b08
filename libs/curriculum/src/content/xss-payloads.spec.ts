import { XSS_MARKER_BASE64, XSS_MARKER_CODE, XSS_PAYLOADS } from './xss-payloads';

describe('XSS_PAYLOADS', () => {
  it('holds at least 200 distinct payloads', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(200);
    expect(new Set(XSS_PAYLOADS).size).toBe(XSS_PAYLOADS.length);
  });

  it('cannot be changed by a test that uses it', () => {
    expect(Object.isFrozen(XSS_PAYLOADS)).toBe(true);
  });

  it('runs window.__xss=1 (plainly or base64-encoded) wherever it carries code, so a browser test checks one thing', () => {
    const withoutMarker = XSS_PAYLOADS.filter(
      (payload) =>
        !payload.includes(XSS_MARKER_CODE) &&
        !payload.includes('__xss=1') &&
        !payload.includes(XSS_MARKER_BASE64),
    );
    const noCodeOfItsOwn = /evil\.example|behavior:|-moz-binding|rel="opener"|\/files\/\.\.|x-imap4/;
    expect(withoutMarker.filter((payload) => !noCodeOfItsOwn.test(payload))).toEqual([]);
  });

  it.each([
    ['script tags', /<script/i],
    ['event handlers', /\son\w+=/i],
    ['svg', /<svg/i],
    ['mathml', /<math/i],
    ['javascript: urls', /javascript:/i],
    ['entity-encoded urls', /&#x?0*[0-9a-f]+;?ascript|&#106;/i],
    ['data: urls', /data:text\/html/i],
    ['css expressions', /expression\(/i],
    ['comments', /<!--/],
    ['cdata', /<!\[CDATA\[/],
    ['meta refresh', /http-equiv="refresh"/i],
    ['iframe srcdoc', /srcdoc=/i],
    ['form action', /<form action=/i],
    ['base href', /<base href=/i],
    ['markdown links', /^\[[^\]]*\]\(javascript:/],
    ['markdown images', /^!\[[^\]]*\]\(javascript:/],
    ['template injection', /\{\{constructor\.constructor/],
  ])('covers %s', (_kind, pattern) => {
    expect(XSS_PAYLOADS.some((payload) => pattern.test(payload))).toBe(true);
  });
});
