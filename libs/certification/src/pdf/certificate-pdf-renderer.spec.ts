import { createHash } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import pdfParse from 'pdf-parse/lib/pdf-parse.js';
import { givenCertificate, tinyJpegHeader, tinyPng } from './certificate-pdf.fixtures';
import type { CertificatePdfInput } from './certificate-pdf-input';
import { CertificatePdfRenderer } from './certificate-pdf-renderer';

const renderer = new CertificatePdfRenderer();
const compact = (text: string): string => text.replace(/\s+/g, '');

async function textOf(input: CertificatePdfInput): Promise<string> {
  return (await pdfParse(await renderer.render(input))).text;
}

describe('CertificatePdfRenderer', () => {
  it.each([
    {
      learner: 'an English learner',
      input: givenCertificate({ expiresAt: new Date('2029-03-31T22:30:00Z') }),
      expected: ['Certificate of completion', 'Issued on April 1, 2026', 'Valid until April 1, 2029'],
    },
    {
      learner: 'a Serbian learner writing Cyrillic',
      input: givenCertificate({
        locale: 'sr-Cyrl',
        timeZone: 'Europe/Belgrade',
        holderName: 'Јована Петровић',
        courseTitle: 'Родна равноправност у систему одбране: основе за команданте и инструкторе',
        institutionName: 'Војска Србије',
      }),
      expected: ['Сертификат о завршетку', 'Издато 1. април 2026.'],
    },
    {
      learner: 'a Macedonian learner',
      input: givenCertificate({
        locale: 'mk',
        timeZone: 'Europe/Skopje',
        holderName: 'Ѓорѓи Ќосев-Ѕвезданоски Џафероски',
        courseTitle: 'Родова еднаквост во одбраната',
        institutionName: 'Министерство за одбрана на Република Северна Македонија',
      }),
      expected: ['Сертификат за завршување', 'Издаден на 1 април 2026 г.'],
    },
    {
      learner: 'an Albanian learner',
      input: givenCertificate({
        locale: 'sq',
        timeZone: 'Europe/Tirane',
        holderName: 'Blerina Çela',
        courseTitle: 'Barazia gjinore në forcat e armatosura: çështje të përgjegjësisë',
        institutionName: 'Ministria e Mbrojtjes',
      }),
      expected: ['Certifikatë përfundimi', 'Lëshuar më 1 prill 2026'],
    },
  ])('prints the name, course, heading, serial and local date for $learner', async ({ input, expected }) => {
    const text = compact(await textOf(input));
    for (const piece of [input.holderName, input.courseTitle, input.serialNumber, ...expected]) {
      expect(text).toContain(compact(piece));
    }
    expect(text).not.toContain(compact('March 31, 2026'));
  });

  it('falls back to English for an unknown locale and keeps Montenegrin dates in Latin script', async () => {
    expect(compact(await textOf(givenCertificate({ locale: 'de' })))).toContain('Certificateofcompletion');
    expect(compact(await textOf(givenCertificate({ locale: 'cnr' })))).toContain(
      compact('Izdato 1. april 2026.'),
    );
  });

  it('prints a certificate of participation with its own heading and the programme, in the holder’s language', async () => {
    const english = givenCertificate({ kind: 'participation', courseTitle: 'Gender Coach Programme 2027' });
    const text = compact(await textOf(english));
    for (const piece of ['Certificate of participation', 'has taken part in the coaching programme']) {
      expect(text).toContain(compact(piece));
    }
    expect(text).toContain(compact('Gender Coach Programme 2027'));
    expect(text).not.toContain(compact('Certificate of completion'));
    const albanian = compact(await textOf({ ...english, locale: 'sq' }));
    expect(albanian).toContain(compact('Certifikatë pjesëmarrjeje'));
    const doc = await PDFDocument.load(await renderer.render(english), { updateMetadata: false });
    expect(doc.getTitle()).toBe('Certificate of participation — Ana Marković');
  });

  it('keeps a very long course title and name on the page by wrapping and shrinking them', async () => {
    const courseTitle = Array.from({ length: 6 }, () => 'Gender mainstreaming in defence planning').join(
      ' — ',
    );
    const holderName = 'Aleksandra Katarina Jovanović-Radovanović Petrović-Njegoš';
    const text = compact(await textOf(givenCertificate({ courseTitle, holderName })));
    expect(text).toContain(compact(courseTitle));
    expect(text).toContain(compact(holderName));
  });

  it('sets the title and language and no producer or creator, with the issue date as creation date', async () => {
    const doc = await PDFDocument.load(await renderer.render(givenCertificate({ locale: 'sr-Cyrl' })), {
      updateMetadata: false,
    });
    expect(doc.getTitle()).toBe('Сертификат о завршетку — Ana Marković');
    expect(doc.catalog.get(doc.catalog.context.obj('Lang'))?.toString()).toBe('(sr-Cyrl)');
    expect(doc.getProducer()).toBeUndefined();
    expect(doc.getCreator()).toBeUndefined();
    expect(doc.getCreationDate()?.toISOString()).toBe('2026-03-31T23:30:00.000Z');
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect([width, height]).toEqual([841.89, 595.28]);
  });

  it('gives the same bytes for the same input (files are stored by SHA-256) and different bytes otherwise', async () => {
    const sha = async (input: CertificatePdfInput): Promise<string> =>
      createHash('sha256')
        .update(await renderer.render(input))
        .digest('hex');
    const input = givenCertificate({ template: { ...givenCertificate().template, logo: tinyPng() } });
    const [first, second] = await Promise.all([sha(input), sha(input)]);
    expect(second).toBe(first);
    expect(await sha({ ...input, serialNumber: 'PAR-2026-000124' })).not.toBe(first);
  });

  it.each([
    { format: 'PNG', logo: tinyPng(), filter: '/FlateDecode' },
    { format: 'JPEG', logo: tinyJpegHeader(), filter: '/DCTDecode' },
  ])('embeds a $format logo', async ({ logo, filter }) => {
    const pdf = (
      await renderer.render(givenCertificate({ template: { ...givenCertificate().template, logo } }))
    )
      .toString('latin1')
      .replace(/\s+/g, ' ');
    expect(pdf).toMatch(new RegExp(`/Subtype /Image[^>]*${filter}|${filter}[^>]*/Subtype /Image`));
  });

  it('ignores a logo that is neither PNG nor JPEG and rejects one that claims to be PNG but is broken', async () => {
    const template = givenCertificate().template;
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>');
    const pdf = await renderer.render(givenCertificate({ template: { ...template, logo: svg } }));
    expect(pdf.toString('latin1')).not.toContain('/Subtype /Image');
    const broken = Buffer.concat([tinyPng().subarray(0, 8), Buffer.from('not really a png')]);
    await expect(
      renderer.render(givenCertificate({ template: { ...template, logo: broken } })),
    ).rejects.toThrow("The certificate template's logo looks like PNG but cannot be decoded");
  });
});
