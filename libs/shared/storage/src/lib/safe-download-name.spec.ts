import { asciiFallback, contentDisposition, safeDownloadName } from './safe-download-name';

describe('safeDownloadName', () => {
  it('keeps Cyrillic, Albanian and other letters as they are', () => {
    expect(safeDownloadName('Вовед во програмирање.pdf')).toBe('Вовед во програмирање.pdf');
    expect(safeDownloadName('Mësimi 1 – Hyrje në çështje.docx')).toBe('Mësimi 1 – Hyrje në çështje.docx');
    expect(safeDownloadName('Me\u0308simi.pdf')).toBe('Mësimi.pdf'); // NFC
  });

  it('strips path components, control, bidi and zero-width characters', () => {
    expect(safeDownloadName('../../etc/passwd')).toBe('passwd');
    expect(safeDownloadName('C:\\Users\\ana\\plan.xlsx')).toBe('plan.xlsx');
    expect(safeDownloadName('a\r\nContent-Type: text\u0000.txt')).toBe('aContent-Type: text.txt');
    expect(safeDownloadName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(safeDownloadName('zero\u200Bwidth.txt')).toBe('zerowidth.txt');
  });

  it('never returns a hidden, dotted or empty name', () => {
    expect(safeDownloadName('.bashrc')).toBe('bashrc');
    expect(safeDownloadName('..')).toBe('download');
    expect(safeDownloadName('   ')).toBe('download');
    expect(safeDownloadName('name. . ')).toBe('name');
  });

  it('shortens a long name to 200 bytes, keeping the extension and whole characters', () => {
    const name = safeDownloadName(`${'ж'.repeat(300)}.pdf`);

    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(200);
    expect(name).toMatch(/^ж+\.pdf$/);
  });
});

describe('contentDisposition', () => {
  it('sends the UTF-8 name with an ASCII fallback (RFC 6266)', () => {
    expect(contentDisposition('Mësimi 1 – Hyrje.pdf')).toBe(
      `attachment; filename="Mesimi 1 - Hyrje.pdf"; filename*=UTF-8''M%C3%ABsimi%201%20%E2%80%93%20Hyrje.pdf`,
    );
    expect(contentDisposition('Вовед.pdf', 'inline')).toBe(
      `inline; filename="Voved.pdf"; filename*=UTF-8''%D0%92%D0%BE%D0%B2%D0%B5%D0%B4.pdf`,
    );
  });

  it('cannot be broken out of: quotes, backslashes, percent signs and line breaks are neutralised', () => {
    const header = contentDisposition('a"; filename="evil.html\r\nX: 1 100%.txt');

    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toMatch(
      /^attachment; filename="a_; filename=_evil.htmlX: 1 100_.txt"; filename\*=UTF-8''/,
    );
    expect(header.split("filename*=UTF-8''")[1]).toMatch(/^[A-Za-z0-9!#$&+\-.^_`|~%]+$/);
  });

  it('transliterates Macedonian and Serbian letters in the fallback', () => {
    expect(asciiFallback('Љубов Ѓорѓи Џеб Ќерка Ђак Ћирилица Школа.txt')).toBe(
      'Ljubov Gjorgji Dzeb Kjerka Djak Cirilica Shkola.txt',
    );
    expect(asciiFallback('日本語.pdf')).toBe('___.pdf');
    expect(asciiFallback('a\\b"c%d')).toBe('a_b_c_d');
  });
});
