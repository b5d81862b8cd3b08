import { RICH_TEXT_TAGS, sanitizeRichText } from './rich-text-sanitizer';
import { elementsOf } from './testing/html-inspection';
import { XSS_PAYLOADS } from './xss-payloads';

const ALLOWED_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href', 'title', 'rel', 'target'],
  img: ['src', 'alt', 'width', 'height'],
  span: ['lang'],
  th: ['dir', 'scope'],
  thead: [],
  tbody: [],
  tr: [],
  br: [],
  strong: [],
  em: [],
  u: [],
  s: [],
  sub: [],
  sup: [],
  code: [],
  hr: [],
};
const attributesAllowedOn = (tag: string): readonly string[] => ALLOWED_ATTRIBUTES[tag] ?? ['dir'];
// eslint-disable-next-line no-control-regex
const DANGEROUS_URL = /^[\s\u0000-\u001f]*(javascript|vbscript|data|livescript):/i;

describe('sanitizeRichText against hostile input', () => {
  const cases = XSS_PAYLOADS.map((payload) => [payload, sanitizeRichText(payload)] as const);

  it.each(cases)('%j leaves nothing executable', (_payload, output) => {
    expect(output).not.toMatch(/<\s*script/i);
    expect(output).not.toMatch(
      /<\s*(svg|math|iframe|object|embed|style|form|input|button|meta|link|base|frame)\b/i,
    );
    for (const { tag, attributes } of elementsOf(output)) {
      expect(RICH_TEXT_TAGS).toContain(tag);
      for (const [name, value] of Object.entries(attributes)) {
        expect(name).not.toMatch(/^on/i);
        expect(attributesAllowedOn(tag)).toContain(name);
        if (name === 'href' || name === 'src') {
          expect(value.replace(/[\t\n\r]/g, '')).not.toMatch(DANGEROUS_URL);
          expect(value).not.toMatch(/^[\s]*[/\\]{2}/);
        }
      }
    }
  });

  it.each(cases)('%j sanitises to a fixed point (sanitising again changes nothing)', (_payload, output) => {
    expect(sanitizeRichText(output)).toBe(output);
  });

  it('drops the text of script, style, textarea and noscript instead of showing it', () => {
    const output = sanitizeRichText(
      '<p>a</p><script>secret()</script><style>.x{}</style><textarea>t</textarea><noscript>n</noscript><p>b</p>',
    );
    expect(output).toBe('<p>a</p><p>b</p>');
  });

  it('removes style, class, id and data-* attributes but keeps the content', () => {
    expect(sanitizeRichText('<p style="color:red" class="c" id="i" data-x="1">Tekst</p>')).toBe(
      '<p>Tekst</p>',
    );
  });

  it('rejects obfuscated javascript: URLs', () => {
    for (const href of [
      'jav&#x09;ascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      '&#1; javascript:alert(1)',
      '//evil.example',
    ]) {
      expect(sanitizeRichText(`<a href="${href}">x</a>`)).toBe('<a>x</a>');
    }
  });

  it('removes NUL and other control characters, which PostgreSQL text cannot hold', () => {
    expect(sanitizeRichText('<p>a\u0000b\u0007c&#1;d</p>')).toBe('<p>abcd</p>');
  });
});

describe('sanitizeRichText keeps what trainers write', () => {
  const unchanged = [
    '<h2>Rodna ravnopravnost</h2><h3>Uvod</h3><h4>Cilj</h4>',
    '<p><strong>Važno:</strong> <em>rok</em> je <u>petak</u>, <s>četvrtak</s>; H<sub>2</sub>O, m<sup>2</sup></p>',
    '<ul><li>Prvo</li><li>Drugo<ol><li>a</li></ol></li></ul>',
    '<blockquote><p>Citat</p></blockquote><pre><code>const x = 1;</code></pre><hr />',
    '<p>Prvi red<br />drugi red</p>',
    '<table><thead><tr><th scope="col">Žene</th><th scope="col">Muškarci</th></tr></thead>' +
      '<tbody><tr><td>12</td><td>88</td></tr></tbody></table>',
    '<figure><img src="/files/3f2a/slika.png" alt="Obuka" width="640" height="480" />' +
      '<figcaption>Obuka u Skoplju</figcaption></figure>',
    '<p><img src="https://cdn.example.org/a.jpg" alt="" /></p>',
    '<p>Термин <span lang="en">gender mainstreaming</span> се користи.</p>',
    '<p dir="rtl">نص</p><p dir="ltr">Tekst</p>',
    '<p>Родна равноправност у сектору безбедности — Ђорђе, Љубљана, Џеп.</p>',
    '<p>Barazia gjinore në sektorin e sigurisë: çështje, ëndërr.</p>',
    '<p>Родова еднаквост во безбедносниот сектор: ѓ, ќ, ѕ, џ.</p>',
    '<p>A &amp; B &lt; C &gt; D, "citat"</p>',
    '<p><a href="#sekcija-2">dalje</a> <a href="/courses/12">kurs</a> <a href="mailto:obuka@mod.gov.ba">pišite</a></p>',
  ];

  it.each(unchanged)('%s survives unchanged', (html) => {
    expect(sanitizeRichText(html)).toBe(html);
  });

  it('opens absolute http(s) links in a new tab without opener or referrer, replacing what was given', () => {
    expect(
      sanitizeRichText('<a href="https://www.osce.org" title="OSCE" target="_self" rel="opener">OSCE</a>'),
    ).toBe('<a href="https://www.osce.org" title="OSCE" rel="noopener noreferrer" target="_blank">OSCE</a>');
    expect(sanitizeRichText('<a href="/courses/1" target="_blank">kurs</a>')).toBe(
      '<a href="/courses/1">kurs</a>',
    );
  });

  it('drops images from other schemes or outside /files/, and bad dimensions', () => {
    expect(sanitizeRichText('<p><img src="http://example.org/a.png" alt="a" /></p>')).toBe('<p></p>');
    expect(sanitizeRichText('<p><img src="/api/logout" /></p>')).toBe('<p></p>');
    expect(sanitizeRichText('<img src="/files/a.png" width="100%" height="50" srcset="x 2x" />')).toBe(
      '<img src="/files/a.png" height="50" />',
    );
  });

  it('keeps a valid lang on spans only, and dir only with a known value', () => {
    expect(sanitizeRichText('<span lang="sr-Cyrl" dir="rtl">x</span>')).toBe('<span lang="sr-Cyrl">x</span>');
    expect(sanitizeRichText('<span lang="not a tag">x</span>')).toBe('<span>x</span>');
    expect(sanitizeRichText('<p dir="sideways">x</p><h2 dir="RTL">y</h2>')).toBe(
      '<p>x</p><h2 dir="rtl">y</h2>',
    );
  });

  it('unwraps tags outside the list but keeps their text', () => {
    expect(sanitizeRichText('<div><h1>Naslov</h1> <b>jako</b> <font>x</font></div>')).toBe('Naslov jako x');
  });
});
