import { PDFDocument } from 'pdf-lib';
import pdfParse from 'pdf-parse/lib/pdf-parse.js';
import { givenContext, givenCrossReport, givenLongReport } from './report-export.fixtures';
import { reportPdf } from './report-pdf';

const compact = (text: string): string => text.replace(/\s+/g, '');

async function pdf(buffer: Buffer): Promise<{ pages: number; text: string; size: [number, number] }> {
  const doc = await PDFDocument.load(buffer);
  const first = doc.getPage(0);
  return {
    pages: doc.getPageCount(),
    text: compact((await pdfParse(buffer)).text),
    size: [first.getWidth(), first.getHeight()],
  };
}

describe('reportPdf', () => {
  it('prints a Macedonian summary on one A4 page: title, date, filters, table with "<5", chart, explanation', async () => {
    const { pages, text, size } = await pdf(await reportPdf(givenCrossReport(), givenContext()));
    expect(pages).toBe(1);
    expect(size.map(Math.round)).toEqual([595, 842]);
    for (const piece of [
      'Преглед на извештајот',
      'Стапка на завршување (%) — Пол × Институција',
      'Изработено: 2 март 2026',
      'Филтри: Пол: Жени, Мажи',
      'Министерство за одбрана',
      'Жени<5<581,82',
      'Мажи87,5085,7186,67',
      'Податоците за помалку од 5 лица не се прикажани',
      'Страница 1 од 1',
    ]) {
      expect(text).toContain(compact(piece));
    }
  });

  it('renders Serbian Cyrillic and hatches a suppressed total in the chart instead of drawing its bar', async () => {
    const report = givenCrossReport({
      locale: 'sr-Cyrl',
      measureLabel: 'Стопа завршетка (%)',
      dimensionLabels: ['Пол', 'Институција'],
      rows: givenCrossReport().rows.map((row, index) =>
        index === 0 ? { ...row, total: { value: null, people: null, suppressed: true } } : row,
      ),
    });
    const { text } = await pdf(await reportPdf(report, givenContext({ filters: [] })));
    for (const piece of ['Сажетак извештаја', 'Филтери: Нема', '<5 (скривено)', 'Страна 1 од 1']) {
      expect(text).toContain(compact(piece));
    }
  });

  it('continues a long table over pages with the header repeated on each', async () => {
    const { pages, text } = await pdf(await reportPdf(givenLongReport(120), givenContext({ filters: [] })));
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(text).toContain(compact(`Strana ${pages} od ${pages}`));
    expect(text).toContain('Jedinica120');
    const headers = text.split(compact('JedinicaUpisiOsobe')).length - 1;
    expect(headers).toBeGreaterThanOrEqual(3);
  });

  it('turns the page sideways for a wide cross-table', async () => {
    const columns = Array.from({ length: 12 }, (_, i) => ({ key: `m${i}`, label: `2025-${i + 1}` }));
    const cells = columns.map(() => ({ value: 3, people: 3, suppressed: false }));
    const report = givenCrossReport({
      columns,
      rows: givenCrossReport().rows.map((row) => ({ ...row, cells })),
      columnTotals: cells,
    });
    expect((await pdf(await reportPdf(report, givenContext()))).size.map(Math.round)).toEqual([842, 595]);
  });
});
