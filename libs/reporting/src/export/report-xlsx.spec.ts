import ExcelJS from 'exceljs';
import { givenContext, givenCrossReport, givenLongReport, shown } from './report-export.fixtures';
import { reportXlsx } from './report-xlsx';
import { sheetName } from './sheet-name';

async function read(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

const rowValues = (sheet: ExcelJS.Worksheet, row: number): unknown[] =>
  (sheet.getRow(row).values as unknown[]).slice(1);

describe('reportXlsx', () => {
  it('writes a Macedonian cross-table: title, filters, header, numbers as numbers and "<5" where the API hides', async () => {
    const workbook = await read(await reportXlsx(givenCrossReport(), givenContext()));
    const [table, about] = workbook.worksheets;
    expect(table?.name).toBe('Стапка на завршување (%)');
    expect(table?.getCell('A1').value).toBe('Стапка на завршување (%) — Пол × Институција');
    expect(table?.getCell('A2').value).toBe('Филтри: Пол: Жени, Мажи');
    expect(rowValues(table!, 4)).toEqual([
      'Стапка на завршување (%): Пол / Институција',
      'Министерство за одбрана',
      'Армија',
      'Вкупно',
    ]);
    expect(rowValues(table!, 5)).toEqual(['Жени', '<5', '<5', 81.82]);
    expect(rowValues(table!, 6)).toEqual(['Мажи', 87.5, 85.71, 86.67]);
    expect(rowValues(table!, 7)).toEqual(['Вкупно', 85.71, 83.33, 84.62]);
    expect(table?.getCell('B6').numFmt).toBe('0.00');
    expect(table?.getCell('A7').font?.bold).toBe(true);
    expect(table?.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 4 });
    expect(table?.getColumn(1).width).toBeGreaterThanOrEqual(12);
    expect(about?.name).toBe('За извештајот');
  });

  it('explains suppression and when the file was made on the second sheet, in the viewer’s language', async () => {
    const report = givenCrossReport({ locale: 'sr-Cyrl', minCellSize: 10 });
    const workbook = await read(await reportXlsx(report, givenContext({ timeZone: 'Europe/Belgrade' })));
    const about = workbook.worksheets[1]!;
    expect(about.name).toBe('О извештају');
    const text = about
      .getSheetValues()
      .flatMap((row) => (Array.isArray(row) ? row : []))
      .join('\n');
    expect(text).toContain('Подаци о мање од 10 особа нису приказани; уместо њих пише „<10“');
    expect(text).toContain('Неки други подаци су такође скривени');
    expect(text).toContain('2. март 2026.');
    expect(text).toContain('11:30');
  });

  it('writes one dimension as label, value and whole people, counts without decimals', async () => {
    const report = givenLongReport(4, { grandTotal: shown(46, 40) });
    const workbook = await read(await reportXlsx(report, givenContext({ filters: [] })));
    const table = workbook.worksheets[0]!;
    expect(table.getCell('A2').value).toBe('Filteri: Nema');
    expect(rowValues(table, 4)).toEqual(['Jedinica', 'Upisi', 'Osobe']);
    expect(rowValues(table, 5)).toEqual(['Jedinica 1', '<5', '<5']);
    expect(rowValues(table, 6)).toEqual(['Jedinica 2', 11, 11]);
    expect(rowValues(table, 9)).toEqual(['Ukupno', 46, 40]);
    expect(table.getCell('B6').numFmt).toBe('0');
  });
});

describe('sheetName', () => {
  it('keeps names Excel accepts: no [ ] : * ? / \\, at most 31 characters, never empty', () => {
    expect(sheetName('Rate [a/b]: *now*?')).toBe('Rate a b now');
    expect([...sheetName('Просечен најдобар резултат на тестот (%) во сите институции')].length).toBe(31);
    expect(sheetName("'quoted'")).toBe('quoted');
    expect(sheetName('///', 'About')).toBe('About');
  });
});
