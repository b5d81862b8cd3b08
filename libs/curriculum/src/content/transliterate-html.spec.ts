import { transliterateHtml } from './transliterate-html';

describe('transliterateHtml', () => {
  it('transliterates text and leaves tags, attributes and URLs untouched', () => {
    const latin =
      '<h2 dir="ltr">Rodna ravnopravnost</h2><p>Vidi <a href="https://example.org/ljubljana?nj=1" title="Naslov" ' +
      'rel="noopener noreferrer" target="_blank">Ljubljana</a> i <img src="/files/džep.png" alt="džep" /></p>';
    const cyrillic = transliterateHtml(latin, 'sr-Latn', 'sr-Cyrl');
    expect(cyrillic).toBe(
      '<h2 dir="ltr">Родна равноправност</h2><p>Види <a href="https://example.org/ljubljana?nj=1" title="Naslov" ' +
        'rel="noopener noreferrer" target="_blank">Љубљана</a> и <img src="/files/džep.png" alt="džep" /></p>',
    );
    expect(transliterateHtml(cyrillic, 'sr-Cyrl', 'sr-Latn')).toBe(latin);
  });

  it('keeps character references intact', () => {
    expect(transliterateHtml('<p>Tom &amp; Jerry &lt;3 &#169; &nbsp;</p>', 'sr-Latn', 'sr-Cyrl')).toBe(
      '<p>Том &amp; Jerry &lt;3 &#169; &nbsp;</p>',
    );
  });

  it('does not transliterate code or passages marked as another language', () => {
    const html =
      '<p>Termin <span lang="en">gender mainstreaming</span> i <code>npm run build</code> u <pre>lj nj</pre> kraj</p>';
    expect(transliterateHtml(html, 'sr-Latn', 'sr-Cyrl')).toBe(
      '<p>Термин <span lang="en">gender mainstreaming</span> и <code>npm run build</code> у <pre>lj nj</pre> крај</p>',
    );
    expect(transliterateHtml('<p><span lang="sr-Latn">Đak</span></p>', 'sr-Latn', 'sr-Cyrl')).toBe(
      '<p><span lang="sr-Latn">Ђак</span></p>',
    );
  });

  it('is the identity when both scripts are the same', () => {
    expect(transliterateHtml('<p>Đak</p>', 'sr-Cyrl', 'sr-Cyrl')).toBe('<p>Đak</p>');
  });
});
