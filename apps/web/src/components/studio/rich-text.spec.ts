import { describe, expect, it } from 'vitest';
// The server's sanitiser, to prove the client produces exactly what the server keeps.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { sanitizeRichText } from '../../../../../libs/curriculum/src/content/rich-text-sanitizer';
import { normaliseRichText, richTextToPlain, safeLinkHref } from './rich-text';

const SAMPLES = [
  '<p>Plain <strong>bold</strong> <em>italic</em> <u>u</u> <s>s</s> H<sub>2</sub>O x<sup>2</sup></p>',
  '<h2>Heading</h2><h3>Sub</h3><h4>Minor</h4><ul><li>one</li><li>two</li></ul><ol><li>first</li></ol>',
  '<blockquote dir="rtl">Quote</blockquote><pre><code>const a = 1 &lt; 2;</code></pre><hr>',
  '<p>Links: <a href="https://example.org/a?b=1&amp;c=2" title="Ex">ext</a>, <a href="/courses">rel</a>, <a href="mailto:a@b.org">mail</a></p>',
  '<table><thead><tr><th scope="col">A</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>',
  '<figure><img src="https://example.org/a.png" alt="" width="200" height="abc"><figcaption>Cap</figcaption></figure>',
  '<p>Tom &amp; Jerry say "hi" &lt;3 and&nbsp;more</p><p><span lang="sr-Latn">zdravo</span></p>',
  '<div>typed line</div><div><br></div><div>next</div>',
  '<p><b>bold</b> <i>it</i> <strike>gone</strike></p><h1>Big</h1><h6>small</h6>',
  '<p onclick="alert(1)" class="x" style="color:red" id="y">attributes go</p>',
  '<p>a<script>alert(1)</script>b<style>p{}</style>c<iframe src="https://evil"></iframe></p>',
  '<a href="javascript:alert(1)">js</a><img src="http://insecure/x.png"><img src="/files/ok.png" onerror="x()">',
  '<div><p>block inside div</p><ul><li>item</li></ul></div>',
  '<p>Nested <font color="red">font</font> <section>section</section></p><!-- comment -->',
  '<p dir="LTR">Upper-case dir</p><svg><text>svg</text></svg><math>m</math>',
];

describe('rich-text normaliser', () => {
  it.each(SAMPLES)('produces what the server keeps: %s', (html) => {
    const normalised = normaliseRichText(html);
    expect(sanitizeRichText(normalised)).toBe(normalised);
  });

  it('keeps the allowed formatting, headings, lists and links', () => {
    expect(normaliseRichText(SAMPLES[1] ?? '')).toBe(SAMPLES[1]);
    expect(normaliseRichText('<p>See <a href="https://example.org">this</a>.</p>')).toBe(
      '<p>See <a href="https://example.org" rel="noopener noreferrer" target="_blank">this</a>.</p>',
    );
    expect(normaliseRichText('<p><a href="/courses/1">inside</a></p>')).toBe(
      '<p><a href="/courses/1">inside</a></p>',
    );
  });

  it('removes scripts, event handlers, styles, classes and unsafe URLs', () => {
    expect(normaliseRichText(SAMPLES[9] ?? '')).toBe('<p>attributes go</p>');
    expect(normaliseRichText(SAMPLES[10] ?? '')).toBe('<p>abc</p>');
    const links = normaliseRichText(SAMPLES[11] ?? '');
    expect(links).toBe('<a>js</a><img src="/files/ok.png" />');
    expect(links).not.toMatch(/javascript|onerror|http:/);
  });

  it("renames the browser's editing markup to the allowed tags", () => {
    expect(normaliseRichText(SAMPLES[8] ?? '')).toBe(
      '<p><strong>bold</strong> <em>it</em> <s>gone</s></p><h2>Big</h2><h4>small</h4>',
    );
    expect(normaliseRichText(SAMPLES[7] ?? '')).toBe('<p>typed line</p><p><br /></p><p>next</p>');
    expect(normaliseRichText(SAMPLES[12] ?? '')).toBe('<p>block inside div</p><ul><li>item</li></ul>');
  });

  it('stores an editor that shows nothing as an empty text', () => {
    expect(normaliseRichText('<p><br></p>')).toBe('');
    expect(normaliseRichText('  ')).toBe('');
    expect(normaliseRichText('<p><img src="https://example.org/a.png" alt="A"></p>')).not.toBe('');
  });

  it('is stable: normalising twice changes nothing', () => {
    for (const html of SAMPLES)
      expect(normaliseRichText(normaliseRichText(html))).toBe(normaliseRichText(html));
  });

  it('judges link targets like the server', () => {
    expect(safeLinkHref(' https://a.org ')).toEqual({ href: 'https://a.org', external: true });
    expect(safeLinkHref('java\tscript:alert(1)')).toBeUndefined();
    expect(safeLinkHref('//evil.example')).toBeUndefined();
    expect(safeLinkHref('#part')).toEqual({ href: '#part', external: false });
  });

  it('turns a body into plain lines', () => {
    expect(
      richTextToPlain('<h2>Title</h2><p>One <strong>two</strong></p><ul><li>a</li><li>b</li></ul>'),
    ).toBe('Title\nOne two\na\nb');
  });
});
