import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';
import pdfParse from 'pdf-parse/lib/pdf-parse.js';
import { AuditEvent } from '@parity/identity';
import { TEST_PASSWORD } from '@parity/shared/testing';
import { TestApp, type ApiClient } from '../support/test-app';
import { givenReportingData, type ReportingFixture } from './reporting-fixture';

interface Cell {
  value: number | null;
  suppressed: boolean;
}
interface Report {
  measureLabel: string;
  columns: { label: string }[];
  rows: { key: { label: string }; cells: Cell[]; total: Cell }[];
  columnTotals: Cell[];
  grandTotal: Cell;
}

const REPORT = `query($input: ReportInput!) { report(input: $input) {
  measureLabel columns { label } rows { key { label } cells { value suppressed } total { value suppressed } }
  columnTotals { value suppressed } grandTotal { value suppressed }
} }`;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const compact = (text: string): string => text.replace(/\s+/g, '');

/** The figures of a report as a spreadsheet shows them: labels, numbers, "<5" where suppressed. */
function expectedRows(report: Report, total: string): unknown[][] {
  const figure = (cell: Cell): unknown => (cell.suppressed ? '<5' : cell.value);
  const twoWay = report.columns.length > 0;
  const line = (label: string, cells: Cell[], sum: Cell): unknown[] =>
    twoWay ? [label, ...cells.map(figure), figure(sum)] : [label, figure(sum)];
  return [
    ...report.rows.map((row) => line(row.key.label, row.cells, row.total)),
    line(total, report.columnTotals, report.grandTotal),
  ];
}

async function sheetRows(
  body: Buffer,
  width: number,
): Promise<{ sheet: ExcelJS.Worksheet; rows: unknown[][] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  for (let r = 5; r <= sheet.rowCount; r += 1) {
    rows.push(Array.from({ length: width }, (_, c) => sheet.getCell(r, c + 1).value));
  }
  return { sheet, rows };
}

describe('report downloads: XLSX and the PDF summary', () => {
  let t: TestApp;
  let data: ReportingFixture;
  let platform: ApiClient;
  let adminA: ApiClient;

  const run = async (client: ApiClient, input: Record<string, unknown>): Promise<Report> =>
    (await client.ok<{ report: Report }>(REPORT, { input })).report;

  beforeAll(async () => {
    t = await TestApp.start();
    data = await givenReportingData(t.em());
    platform = await t.client().signIn(data.platformAdmin.email, TEST_PASSWORD);
    adminA = await t.client().signIn(data.adminA.email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  it('gives a platform admin the same figures in XLSX as the GraphQL report, suppressed cells still "<5", in Macedonian', async () => {
    const query = `measure=ENROLMENTS&dimensions=SEX,INSTITUTION&institutionIds=${data.a.id},${data.b.id}&locale=mk`;
    const response = await platform.get(`/reports/export.xlsx?${query}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX);
    expect(response.headers['content-disposition']).toMatch(
      /attachment; filename="report-enrolments-.*\.xlsx"/,
    );
    expect(response.headers['cache-control']).toBe('private, no-store');
    const report = await run(platform, {
      measure: 'ENROLMENTS',
      dimensions: ['SEX', 'INSTITUTION'],
      filters: { institutionIds: [data.a.id, data.b.id] },
      locale: 'mk',
    });
    const { sheet, rows } = await sheetRows(response.rawPayload, report.columns.length + 2);
    expect(sheet.getCell('A1').value).toBe('Запишувања — Пол × Институција');
    expect(String(sheet.getCell('A2').value)).toContain(`Институција: `);
    expect(String(sheet.getCell('A2').value)).toContain(data.a.name);
    expect(rows).toEqual(expectedRows(report, 'Вкупно'));
    expect(rows.flat()).toContain('<5');
    // Sex not recorded: nobody in A (an empty cell names nobody and is shown), two people in B (hidden), so the row
    // total of two is hidden too.
    const header = (sheet.getRow(4).values as unknown[]).slice(1);
    const notRecorded = rows.find((row) => row[0] === 'Не е евидентирано') ?? [];
    expect(notRecorded[header.indexOf(data.a.name)]).toBe(0);
    expect(notRecorded[header.indexOf(data.b.name)]).toBe('<5');
    expect(notRecorded.at(-1)).toBe('<5');
  });

  it('gives an institution admin their own institution only, named among the filters', async () => {
    const response = await adminA.get(
      '/reports/export.xlsx?measure=COMPLETION_RATE&dimensions=SEX&locale=en',
    );
    expect(response.statusCode).toBe(200);
    const report = await run(adminA, { measure: 'COMPLETION_RATE', dimensions: ['SEX'], locale: 'en' });
    const { sheet, rows } = await sheetRows(response.rawPayload, 2);
    expect(sheet.getCell('A2').value).toBe(`Filters: Institution: ${data.a.name}`);
    expect(rows).toEqual(expectedRows(report, 'Total'));
    expect(rows.slice(0, 2)).toEqual([
      ['Women', 83.33],
      ['Men', 87.5],
    ]);
  });

  it('prints a PDF summary with Cyrillic labels, the suppressed figures and what "<5" means', async () => {
    const query = `measure=ENROLMENTS&dimensions=SEX,INSTITUTION&institutionIds=${data.a.id},${data.b.id}&locale=sr-Cyrl`;
    for (const client of [platform, adminA]) {
      const own = client === adminA ? `measure=ENROLMENTS&dimensions=SEX&locale=sr-Cyrl` : query;
      const response = await client.get(`/reports/summary.pdf?${own}`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect((await PDFDocument.load(response.rawPayload)).getPageCount()).toBeGreaterThanOrEqual(1);
      const text = compact((await pdfParse(response.rawPayload)).text);
      for (const piece of ['Сажетак извештаја', 'Уписи', 'Жене', 'Мушкарци', 'Подаци о мање од 5 особа']) {
        expect(text).toContain(compact(piece));
      }
      if (client === platform) expect(text).toContain('<5');
    }
  });

  it('refuses another institution’s figures (403) and anyone signed out (401), in every format', async () => {
    for (const path of ['export.xlsx', 'summary.pdf']) {
      const other = await adminA.get(
        `/reports/${path}?measure=enrolments&dimensions=sex&institutionIds=${data.b.id}`,
      );
      expect(other.statusCode).toBe(403);
      expect(JSON.parse(other.body)).toMatchObject({ code: 'FORBIDDEN' });
      expect((await t.client().get(`/reports/${path}?measure=enrolments`)).statusCode).toBe(401);
    }
  });

  it('audits each download as report.exported, with the question and not the answer', async () => {
    const before = await t.em().count(AuditEvent, { actorId: data.adminA.id, action: 'report.exported' });
    await adminA.get('/reports/export.xlsx?measure=completions&dimensions=sex');
    await adminA.get('/reports/summary.pdf?measure=overdue&dimensions=rank_group');
    const events = await t
      .em()
      .find(
        AuditEvent,
        { actorId: data.adminA.id, action: 'report.exported' },
        { orderBy: { createdAt: 'desc' }, limit: 2 },
      );
    expect(await t.em().count(AuditEvent, { actorId: data.adminA.id, action: 'report.exported' })).toBe(
      before + 2,
    );
    expect(events.map((event) => event.details?.['measure']).sort()).toEqual(['completions', 'overdue']);
    expect(events[0]?.details).toMatchObject({ filters: { institutionIds: [data.a.id] } });
    expect(JSON.stringify(events.map((event) => event.details))).not.toMatch(/value|people|rows/);
  });
});
