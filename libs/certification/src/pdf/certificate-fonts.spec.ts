import fontkit from '@pdf-lib/fontkit';
import pdfParse from 'pdf-parse/lib/pdf-parse.js';
import { CachedFontkit } from './cached-fontkit';
import { certificateFontFiles } from './certificate-fonts';
import { givenCertificate } from './certificate-pdf.fixtures';
import { CertificatePdfRenderer } from './certificate-pdf-renderer';

// Its own spec file, so that this module registry has parsed no font before the spies are installed.
describe('certificate fonts', () => {
  const parse = jest.spyOn(fontkit, 'create');
  const asked = jest.spyOn(CachedFontkit.prototype, 'create');
  const renderer = new CertificatePdfRenderer();

  it('are read once and parsed once per process, however many certificates are rendered', async () => {
    await Promise.all(
      ['en', 'sr-Cyrl', 'mk', 'sq'].map((locale) => renderer.render(givenCertificate({ locale }))),
    );
    await renderer.render(givenCertificate());
    const { regular, bold } = certificateFontFiles();
    expect(certificateFontFiles().regular).toBe(regular);
    expect(parse.mock.calls.map(([bytes]) => bytes)).toEqual([regular, bold]);
    expect(asked).toHaveBeenCalledTimes(2 * 5);
  });

  it('do not carry one certificate’s glyph-to-text mapping into the next: same input, same bytes, any history', async () => {
    // Cyrillic Ј and Р share glyphs with Latin J and P in DejaVu Sans, and the Serbian certificates came first.
    const latin = givenCertificate({ holderName: 'Jovana Rašković', courseTitle: 'Rodna ravnopravnost' });
    const cyrillic = givenCertificate({
      locale: 'sr-Cyrl',
      holderName: 'Јована Рашковић',
      courseTitle: 'Родна',
    });
    expect((await pdfParse(await renderer.render(cyrillic))).text).toContain('Јована Рашковић');
    const latinPdf = await renderer.render(latin);
    expect((await pdfParse(latinPdf)).text).toContain('Jovana Rašković');
    let fresh: Buffer | undefined;
    await jest.isolateModulesAsync(async () => {
      const { CertificatePdfRenderer: FreshRenderer } = await import('./certificate-pdf-renderer');
      fresh = await new FreshRenderer().render(latin);
    });
    expect(fresh?.equals(latinPdf)).toBe(true);
  });
});
