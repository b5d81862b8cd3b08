import { MikroORM } from '@mikro-orm/core';
import { AuditEvent, Sex, User } from '@parity/identity';
import { StatementCounter, TEST_PASSWORD } from '@parity/shared/testing';
import { TestApp, type ApiClient } from '../support/test-app';
import { givenReportingData, type ReportingFixture } from './reporting-fixture';

interface Cell {
  value: number | null;
  people: number | null;
  suppressed: boolean;
}
interface Report {
  measureLabel: string;
  dimensionLabels: string[];
  minCellSize: number;
  columns: { key: string | null; label: string }[];
  rows: { key: { key: string | null; label: string }; cells: Cell[]; total: Cell }[];
  columnTotals: Cell[];
  grandTotal: Cell;
}

const CELL = 'value people suppressed';
const REPORT = `query($input: ReportInput!) { report(input: $input) {
  measureLabel dimensionLabels minCellSize columns { key label }
  rows { key { key label } cells { ${CELL} } total { ${CELL} } }
  columnTotals { ${CELL} } grandTotal { ${CELL} }
} }`;

/** [value, people] by construction (see reporting-fixture.ts). */
type Expected = [number, number];

/** Every measure by sex (women and men of institutions A and B): F, M, total. */
const BY_SEX: Record<string, [Expected, Expected, Expected]> = {
  ENROLMENTS: [
    [11, 11],
    [15, 15],
    [26, 26],
  ],
  COMPLETIONS: [
    [9, 9],
    [13, 13],
    [22, 22],
  ],
  COMPLETION_RATE: [
    [81.82, 11],
    [86.67, 15],
    [84.62, 26],
  ],
  ON_TIME_COMPLETION_RATE: [
    [36.36, 11],
    [26.67, 15],
    [30.77, 26],
  ],
  OVERDUE: [
    [2, 2],
    [2, 2],
    [4, 4],
  ],
  QUIZ_PASS_RATE: [
    [63.64, 11],
    [73.33, 15],
    [69.23, 26],
  ],
  QUIZ_AVERAGE_BEST_SCORE: [
    [52.73, 11],
    [62.67, 15],
    [58.46, 26],
  ],
  KNOWLEDGE_GAIN: [
    [27.78, 9],
    [37.69, 13],
    [33.64, 22],
  ],
  CERTIFICATES_ISSUED: [
    [9, 9],
    [13, 13],
    [22, 22],
  ],
  CERTIFICATES_VALID: [
    [7, 7],
    [11, 11],
    [18, 18],
  ],
  CERTIFICATES_EXPIRED: [
    [2, 2],
    [2, 2],
    [4, 4],
  ],
  DAYS_TO_COMPLETE: [
    [26.67, 9],
    [30.77, 13],
    [29.09, 22],
  ],
  COACHING_ENGAGEMENTS: [
    [11, 9],
    [15, 13],
    [26, 22],
  ],
  COACHING_SESSIONS_HELD: [
    [15, 9],
    [21, 13],
    [36, 22],
  ],
};

/**
 * Every measure by sex × institution, as a table with margins:
 * [[A women, B women, women], [A men, B men, men], [A, B, all]].
 */
type Grid = [[Expected, Expected, Expected], [Expected, Expected, Expected], [Expected, Expected, Expected]];
const BY_SEX_AND_INSTITUTION: Record<string, Grid> = {
  ENROLMENTS: [
    [
      [6, 6],
      [5, 5],
      [11, 11],
    ],
    [
      [8, 8],
      [7, 7],
      [15, 15],
    ],
    [
      [14, 14],
      [12, 12],
      [26, 26],
    ],
  ],
  COMPLETIONS: [
    [
      [5, 5],
      [4, 4],
      [9, 9],
    ],
    [
      [7, 7],
      [6, 6],
      [13, 13],
    ],
    [
      [12, 12],
      [10, 10],
      [22, 22],
    ],
  ],
  COMPLETION_RATE: [
    [
      [83.33, 6],
      [80, 5],
      [81.82, 11],
    ],
    [
      [87.5, 8],
      [85.71, 7],
      [86.67, 15],
    ],
    [
      [85.71, 14],
      [83.33, 12],
      [84.62, 26],
    ],
  ],
  ON_TIME_COMPLETION_RATE: [
    [
      [33.33, 6],
      [40, 5],
      [36.36, 11],
    ],
    [
      [25, 8],
      [28.57, 7],
      [26.67, 15],
    ],
    [
      [28.57, 14],
      [33.33, 12],
      [30.77, 26],
    ],
  ],
  OVERDUE: [
    [
      [1, 1],
      [1, 1],
      [2, 2],
    ],
    [
      [1, 1],
      [1, 1],
      [2, 2],
    ],
    [
      [2, 2],
      [2, 2],
      [4, 4],
    ],
  ],
  QUIZ_PASS_RATE: [
    [
      [66.67, 6],
      [60, 5],
      [63.64, 11],
    ],
    [
      [75, 8],
      [71.43, 7],
      [73.33, 15],
    ],
    [
      [71.43, 14],
      [66.67, 12],
      [69.23, 26],
    ],
  ],
  QUIZ_AVERAGE_BEST_SCORE: [
    [
      [55, 6],
      [50, 5],
      [52.73, 11],
    ],
    [
      [65, 8],
      [60, 7],
      [62.67, 15],
    ],
    [
      [60.71, 14],
      [55.83, 12],
      [58.46, 26],
    ],
  ],
  KNOWLEDGE_GAIN: [
    [
      [30, 5],
      [25, 4],
      [27.78, 9],
    ],
    [
      [40, 7],
      [35, 6],
      [37.69, 13],
    ],
    [
      [35.83, 12],
      [31, 10],
      [33.64, 22],
    ],
  ],
  CERTIFICATES_ISSUED: [
    [
      [5, 5],
      [4, 4],
      [9, 9],
    ],
    [
      [7, 7],
      [6, 6],
      [13, 13],
    ],
    [
      [12, 12],
      [10, 10],
      [22, 22],
    ],
  ],
  CERTIFICATES_VALID: [
    [
      [4, 4],
      [3, 3],
      [7, 7],
    ],
    [
      [6, 6],
      [5, 5],
      [11, 11],
    ],
    [
      [10, 10],
      [8, 8],
      [18, 18],
    ],
  ],
  CERTIFICATES_EXPIRED: [
    [
      [1, 1],
      [1, 1],
      [2, 2],
    ],
    [
      [1, 1],
      [1, 1],
      [2, 2],
    ],
    [
      [2, 2],
      [2, 2],
      [4, 4],
    ],
  ],
  DAYS_TO_COMPLETE: [
    [
      [28, 5],
      [25, 4],
      [26.67, 9],
    ],
    [
      [31.43, 7],
      [30, 6],
      [30.77, 13],
    ],
    [
      [30, 12],
      [28, 10],
      [29.09, 22],
    ],
  ],
  COACHING_ENGAGEMENTS: [
    [
      [6, 5],
      [5, 4],
      [11, 9],
    ],
    [
      [8, 7],
      [7, 6],
      [15, 13],
    ],
    [
      [14, 12],
      [12, 10],
      [26, 22],
    ],
  ],
  COACHING_SESSIONS_HELD: [
    [
      [8, 5],
      [7, 4],
      [15, 9],
    ],
    [
      [11, 7],
      [10, 6],
      [21, 13],
    ],
    [
      [19, 12],
      [17, 10],
      [36, 22],
    ],
  ],
};

/**
 * A cell under the threshold must be hidden (value and people null); a shown cell must equal the figure known by
 * construction. Returns whether the cell was shown.
 */
function check(label: string, cell: Cell, [value, people]: Expected): boolean {
  if (people < 5) {
    expect({ label, cell }).toEqual({ label, cell: { value: null, people: null, suppressed: true } });
    return false;
  }
  if (cell.suppressed) {
    expect({ label, cell }).toEqual({ label, cell: { value: null, people: null, suppressed: true } });
    return false;
  }
  expect({ label, cell }).toEqual({ label, cell: { value, people, suppressed: false } });
  return true;
}

/** The table with its margins as a (rows + 1) × (columns + 1) grid of cells (one dimension: one column). */
function grid(report: Report): Cell[][] {
  if (report.columns.length === 0) {
    return [...report.rows.map((row) => [row.total]), [report.grandTotal]];
  }
  return [
    ...report.rows.map((row) => [...row.cells, row.total]),
    [...report.columnTotals, report.grandTotal],
  ];
}

/** The additive relations a reader can use: each row and column of parts sums to its margin. */
function relations(table: Cell[][]): [number, number][][] {
  const rows = table.length - 1;
  const columns = table[0].length - 1;
  const lines: [number, number][][] = [];
  if (columns > 0) {
    for (let i = 0; i <= rows; i += 1) lines.push(Array.from({ length: columns + 1 }, (_, j) => [i, j]));
  }
  for (let j = 0; j <= columns; j += 1) lines.push(Array.from({ length: rows + 1 }, (_, i) => [i, j]));
  return lines;
}

/** The attacker's first tool: subtract the visible parts from a margin wherever one figure is missing. */
function recoverBySubtraction(table: (number | null)[][]): number {
  const known = table.map((row) => [...row]);
  let recovered = 0;
  for (let progress = true; progress; ) {
    progress = false;
    for (const line of relations(table.map((row) => row.map(() => ({}) as Cell)))) {
      const missing = line.filter(([i, j]) => known[i][j] === null);
      if (missing.length !== 1) continue;
      const [[i, j]] = missing;
      const [ti, tj] = line[line.length - 1];
      const parts = line.slice(0, -1).reduce((sum, [pi, pj]) => sum + (known[pi][pj] ?? 0), 0);
      known[i][j] = i === ti && j === tj ? parts : (known[ti][tj] ?? 0) - parts;
      recovered += 1;
      progress = true;
    }
  }
  return recovered;
}

/** Rank of a matrix (Gaussian elimination; entries are small integers). */
function rank(matrix: number[][]): number {
  const m = matrix.map((row) => [...row]);
  let r = 0;
  for (let c = 0; c < (m[0]?.length ?? 0) && r < m.length; c += 1) {
    const p = m.findIndex((row, index) => index >= r && Math.abs(row[c]) > 1e-9);
    if (p < 0) continue;
    [m[r], m[p]] = [m[p], m[r]];
    for (let k = 0; k < m.length; k += 1) {
      if (k === r) continue;
      const f = m[k][c] / m[r][c];
      m[k] = m[k].map((v, idx) => v - f * m[r][idx]);
    }
    r += 1;
  }
  return r;
}

/**
 * The attacker's second tool: any linear combination of the relations. A hidden figure is pinned down exactly when
 * its column of the relations (restricted to hidden figures) is not a combination of the other hidden columns.
 */
function recoverByLinearAlgebra(table: (number | null)[][]): number {
  const hidden = table.flatMap((row, i) => row.flatMap((v, j) => (v === null ? [[i, j] as const] : [])));
  const lines = relations(table.map((row) => row.map(() => ({}) as Cell)));
  const matrix = lines.map((line) =>
    hidden.map(([i, j]) => {
      const at = line.findIndex(([li, lj]) => li === i && lj === j);
      if (at < 0) return 0;
      return at === line.length - 1 ? -1 : 1;
    }),
  );
  const full = rank(matrix);
  return hidden.filter((_, k) => rank(matrix.map((row) => row.filter((__, c) => c !== k))) < full).length;
}

describe('reporting: measures by sex and institution, small-cell suppression, institution scope, CSV', () => {
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

  const womenAndMenOfAB = () => ({
    sexes: ['FEMALE', 'MALE'],
    institutionIds: [data.a.id, data.b.id],
  });

  it.each(Object.keys(BY_SEX))('%s by sex equals the figures known by construction', async (measure) => {
    const report = await run(platform, { measure, dimensions: ['SEX'], filters: womenAndMenOfAB() });
    expect(report.rows.map((row) => row.key.key)).toEqual(['female', 'male']);
    const [women, men, all] = BY_SEX[measure];
    check(`${measure} women`, report.rows[0].total, women);
    check(`${measure} men`, report.rows[1].total, men);
    check(`${measure} all`, report.grandTotal, all);
  });

  it.each(Object.keys(BY_SEX_AND_INSTITUTION))(
    '%s by sex × institution equals the figures known by construction, small cells hidden',
    async (measure) => {
      const report = await run(platform, {
        measure,
        dimensions: ['SEX', 'INSTITUTION'],
        filters: womenAndMenOfAB(),
      });
      const order = [data.a.id, data.b.id];
      expect(report.columns.map((column) => column.key).sort()).toEqual([...order].sort());
      const at = report.columns.map((column) => order.indexOf(column.key as string));
      const table = grid(report);
      const expected = BY_SEX_AND_INSTITUTION[measure];
      let shown = 0;
      for (let i = 0; i < 3; i += 1) {
        for (let j = 0; j < 3; j += 1) {
          const column = j === 2 ? 2 : at[j];
          if (check(`${measure} [${i}][${j}]`, table[i][j], expected[i][column])) shown += 1;
        }
      }
      const small = expected.flat().filter(([, people]) => people < 5).length;
      if (small === 0) expect(shown).toBe(9);
      // One small inner cell costs a rectangle of four: the five margins stay readable.
      if (small === 1) expect(shown).toBe(5);
    },
  );

  it('costs a fixed number of SQL statements, however many rows and columns (one for the whole table)', async () => {
    const counter = new StatementCounter(t.get(MikroORM));
    try {
      const statements = (filters: Record<string, unknown>) =>
        counter.measure(() =>
          run(platform, { measure: 'COMPLETION_RATE', dimensions: ['INSTITUTION', 'COURSE'], filters }),
        );
      const small = await statements({ institutionIds: [data.a.id] });
      // The fixture's institutions, not the whole shared test database (other files' data would pass the size cap).
      const large = await statements({ institutionIds: [data.a.id, data.b.id] });
      expect(large).toBe(small);
      // Session, viewer language, the report, two label look-ups, the audit record (with its transaction).
      expect(small).toBeLessThanOrEqual(9);
    } finally {
      counter.stop();
    }
  });

  it('counts the people in the same figures: totals count each person once', async () => {
    const report = await run(platform, {
      measure: 'ENROLMENTS',
      dimensions: ['SEX', 'INSTITUTION'],
      filters: womenAndMenOfAB(),
    });
    expect(report.grandTotal).toEqual({ value: 26, people: 26, suppressed: false });
    expect(report.rows.map((row) => row.key.label)).toEqual(['Women', 'Men']);
  });

  describe('suppression', () => {
    const cases: [string, Record<string, unknown>][] = [
      [
        'enrolments by sex (with "not recorded") × institution',
        { measure: 'ENROLMENTS', dimensions: ['SEX', 'INSTITUTION'] },
      ],
      ['completions by sex × institution', { measure: 'COMPLETIONS', dimensions: ['SEX', 'INSTITUTION'] }],
      [
        'valid certificates by sex × institution',
        { measure: 'CERTIFICATES_VALID', dimensions: ['SEX', 'INSTITUTION'] },
      ],
      ['completions by rank × sex', { measure: 'COMPLETIONS', dimensions: ['RANK_GROUP', 'SEX'] }],
      [
        'enrolments by staff category × institution',
        { measure: 'ENROLMENTS', dimensions: ['STAFF_CATEGORY', 'INSTITUTION'] },
      ],
      ['knowledge gain by rank × sex', { measure: 'KNOWLEDGE_GAIN', dimensions: ['RANK_GROUP', 'SEX'] }],
      ['enrolments by sex', { measure: 'ENROLMENTS', dimensions: ['SEX'] }],
      ['overdue by rank', { measure: 'OVERDUE', dimensions: ['RANK_GROUP'] }],
      [
        'coaching sessions held by sex × institution',
        { measure: 'COACHING_SESSIONS_HELD', dimensions: ['SEX', 'INSTITUTION'] },
      ],
      [
        'coaching engagements by staff category × institution',
        { measure: 'COACHING_ENGAGEMENTS', dimensions: ['STAFF_CATEGORY', 'INSTITUTION'] },
      ],
    ];

    it.each(cases)(
      '%s: no shown cell counts 1–4 people, and neither subtraction nor algebra recovers a hidden one',
      async (_, input) => {
        const report = await run(platform, {
          ...input,
          filters: { institutionIds: [data.a.id, data.b.id] },
        });
        const table = grid(report);
        const cells = table.flat();
        expect(cells.some((cell) => cell.suppressed)).toBe(true);
        for (const cell of cells) {
          if (cell.suppressed) expect(cell).toEqual({ value: null, people: null, suppressed: true });
          else expect(cell.people === 0 || (cell.people ?? 0) >= report.minCellSize).toBe(true);
        }
        const people = table.map((row) => row.map((cell) => cell.people));
        expect(recoverBySubtraction(people)).toBe(0);
        expect(recoverByLinearAlgebra(people)).toBe(0);
        if (!input['measure']?.toString().includes('GAIN')) {
          const values = table.map((row) => row.map((cell) => (cell.suppressed ? null : cell.value)));
          expect(recoverBySubtraction(values)).toBe(0);
          expect(recoverByLinearAlgebra(values)).toBe(0);
        }
      },
    );

    it('the attacker does find a value hidden without complementary suppression (the test can fail)', () => {
      // Completions by sex × institution (women and men), with only B's women (4) hidden.
      const naive: (number | null)[][] = [
        [5, null, 9],
        [7, 6, 13],
        [12, 10, 22],
      ];
      expect(recoverBySubtraction(naive)).toBe(1);
      expect(recoverByLinearAlgebra(naive)).toBe(1);
      // Three hidden cells in an L: the chain row → column still pins them down.
      const chain: (number | null)[][] = [
        [null, null, 9],
        [7, null, 13],
        [12, 10, 22],
      ];
      expect(recoverByLinearAlgebra(chain)).toBe(3);
    });

    it('shows "<5" in the CSV and the same pattern as the API', async () => {
      const query = `measure=ENROLMENTS&dimensions=SEX,INSTITUTION&institutionIds=${data.a.id},${data.b.id}`;
      const response = await platform.get(`/reports/export.csv?${query}&locale=bs`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('text/csv');
      const body = response.body;
      expect(body.charCodeAt(0)).toBe(0xfeff);
      const lines = body.slice(1).trim().split('\r\n');
      expect(lines[0].startsWith('Upisi: Spol / Institucija,')).toBe(true);
      expect(lines.map((line) => line.split(',')[0])).toEqual([
        'Upisi: Spol / Institucija',
        'Žene',
        'Muškarci',
        'Nije evidentirano',
        'Ukupno',
      ]);
      const report = await run(platform, {
        measure: 'ENROLMENTS',
        dimensions: ['SEX', 'INSTITUTION'],
        filters: { institutionIds: [data.a.id, data.b.id] },
        locale: 'bs',
      });
      const figures = grid(report).map((row) =>
        row.map((cell) => (cell.suppressed ? '<5' : String(cell.value))),
      );
      expect(lines.slice(1).map((line) => line.split(',').slice(1))).toEqual(figures);
      expect(body).toContain('<5');
    });
  });

  describe('institution scope', () => {
    it('an institution admin sees only their institution, whatever the breakdown', async () => {
      const report = await run(adminA, { measure: 'ENROLMENTS', dimensions: ['INSTITUTION', 'SEX'] });
      expect(report.rows.map((row) => row.key.key)).toEqual([data.a.id]);
      expect(report.grandTotal).toEqual({ value: 14, people: 14, suppressed: false });
      const bySex = await run(adminA, { measure: 'ENROLMENTS', dimensions: ['SEX'] });
      expect(bySex.rows.map((row) => [row.key.key, row.total.value])).toEqual([
        ['female', 6],
        ['male', 8],
      ]);
    });

    it.each([
      ['another institution', () => ({ filters: { institutionIds: [data.b.id] } })],
      ['both institutions', () => ({ filters: { institutionIds: [data.a.id, data.b.id] } })],
      ['a unit of another institution', () => ({ filters: { unitIds: [data.bUnit.id] } })],
      [
        'the sub-units of a unit of another institution',
        () => ({ unitParentId: data.bUnit.id, dimensions: ['UNIT'] }),
      ],
    ])('an institution admin asking for %s is refused (FORBIDDEN)', async (_, extra) => {
      const result = await adminA.gql(REPORT, {
        input: { measure: 'ENROLMENTS', dimensions: ['SEX'], ...extra() },
      });
      expect(result.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      const csv = await adminA.get(
        `/reports/export.csv?measure=enrolments&dimensions=sex&institutionIds=${data.b.id}`,
      );
      expect(csv.statusCode).toBe(403);
    });

    it('a learner gets no report at all', async () => {
      const learner = await t.em().findOneOrFail(User, { institution: data.a.id, sex: Sex.FEMALE });
      const client = await t.client().signIn(learner.email, TEST_PASSWORD);
      const result = await client.gql(REPORT, { input: { measure: 'ENROLMENTS', dimensions: [] } });
      expect(result.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      expect((await client.get('/reports/export.csv?measure=enrolments')).statusCode).toBe(403);
      expect((await t.client().get('/reports/export.csv?measure=enrolments')).statusCode).toBe(401);
    });
  });

  describe('dimensions and filters', () => {
    it('breaks down by units with their sub-units, and by the children of a unit', async () => {
      const top = await run(platform, {
        measure: 'ENROLMENTS',
        dimensions: ['UNIT'],
        filters: { institutionIds: [data.a.id] },
      });
      expect(top.rows.map((row) => [row.key.key, row.total.value])).toEqual([[data.aUnit.id, 14]]);
      const children = await run(platform, {
        measure: 'ENROLMENTS',
        dimensions: ['UNIT'],
        unitParentId: data.aUnit.id,
      });
      expect(children.rows.map((row) => [row.key.key, row.key.label, row.total.value])).toEqual([
        [data.aSubUnit.id, data.aSubUnit.name, 7],
        [null, data.aUnit.name, 7],
      ]);
      const filtered = await run(platform, {
        measure: 'ENROLMENTS',
        dimensions: [],
        filters: { unitIds: [data.aSubUnit.id] },
      });
      expect(filtered.grandTotal.value).toBe(7);
    });

    it('breaks down completions by month of completion and filters by a date range', async () => {
      const byMonth = await run(platform, {
        measure: 'COMPLETIONS',
        dimensions: ['MONTH'],
        filters: womenAndMenOfAB(),
      });
      expect(byMonth.rows.map((row) => [row.key.key, row.total.value])).toEqual([
        ['2025-01', 8],
        ['2025-02', 14],
      ]);
      const february = await run(platform, {
        measure: 'COMPLETIONS',
        dimensions: ['QUARTER'],
        filters: { ...womenAndMenOfAB(), from: '2025-02-01T00:00:00Z', to: '2025-03-01T00:00:00Z' },
      });
      expect(february.rows.map((row) => [row.key.key, row.total.value])).toEqual([['2025-Q1', 14]]);
    });

    it('breaks down by learner language and country, with labels in the viewer’s language', async () => {
      const report = await run(platform, {
        measure: 'ENROLMENTS',
        dimensions: ['LANGUAGE', 'COUNTRY'],
        filters: { institutionIds: [data.a.id, data.b.id] },
        locale: 'mk',
      });
      expect(report.rows.map((row) => [row.key.key, row.key.label, row.total.value])).toEqual([
        ['bs', 'Bosanski', 14],
        ['en', 'English', 14],
      ]);
      expect(report.columns.map((column) => column.key)).toEqual(['ME']);
      expect(report.dimensionLabels).toEqual(['Јазик', 'Држава']);
      expect(report.measureLabel).toBe('Запишувања');
    });

    it('applies every filter: course, quiz, country, language, rank, staff category', async () => {
      const total = async (measure: string, filters: Record<string, unknown>) =>
        (await run(platform, { measure, dimensions: [], filters })).grandTotal;
      const ab = [data.a.id, data.b.id];
      expect(
        await total('ENROLMENTS', { institutionIds: ab, courseIds: [data.courseId], locales: ['en'] }),
      ).toEqual({ value: 14, people: 14, suppressed: false });
      expect(
        await total('ENROLMENTS', {
          institutionIds: ab,
          countryCodes: ['ME'],
          rankGroups: ['JUNIOR_OFFICER'],
        }),
      ).toEqual({
        value: 5,
        people: 5,
        suppressed: false,
      });
      expect(await total('COMPLETIONS', { institutionIds: ab, staffCategories: ['CIVILIAN'] })).toEqual({
        value: 5,
        people: 5,
        suppressed: false,
      });
      expect(
        await total('QUIZ_PASS_RATE', {
          ...womenAndMenOfAB(),
          quizIds: [data.quizId],
          courseIds: [data.courseId],
        }),
      ).toEqual({ value: 69.23, people: 26, suppressed: false });
      expect(await total('ENROLMENTS', { institutionIds: ab, countryCodes: ['BA'] })).toEqual({
        value: 0,
        people: 0,
        suppressed: false,
      });
    });

    it('dates coaching by the engagement’s start (the later acceptance) and the session held', async () => {
      const total = async (measure: string, filters: Record<string, unknown>) =>
        (await run(platform, { measure, dimensions: [], filters: { ...womenAndMenOfAB(), ...filters } }))
          .grandTotal;
      // The current engagements started when the coach accepted (2025-01-04), after the coachee (2024-12-30).
      expect(await total('COACHING_ENGAGEMENTS', { from: '2025-01-01T00:00:00Z' })).toEqual({
        value: 22,
        people: 22,
        suppressed: false,
      });
      expect(await total('COACHING_ENGAGEMENTS', { to: '2025-01-01T00:00:00Z' })).toMatchObject({
        suppressed: true,
      });
      // Every session was held from February 2025 on (cancelled and no-show ones are not counted).
      const byYear = await run(platform, {
        measure: 'COACHING_SESSIONS_HELD',
        dimensions: ['YEAR', 'SEX'],
        filters: womenAndMenOfAB(),
      });
      expect(byYear.rows.map((row) => [row.key.key, row.total.value, row.total.people])).toEqual([
        ['2025', 36, 22],
      ]);
    });

    it('refuses a course breakdown or course filter for coaching, which has no course', async () => {
      for (const measure of ['COACHING_ENGAGEMENTS', 'COACHING_SESSIONS_HELD']) {
        const byCourse = await platform.gql(REPORT, { input: { measure, dimensions: ['SEX', 'COURSE'] } });
        expect(byCourse.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
        expect(byCourse.errors?.[0]?.extensions?.['problems']).toEqual([
          { field: 'dimensions', code: 'INVALID_VALUE' },
        ]);
        const filtered = await platform.gql(REPORT, {
          input: { measure, dimensions: ['SEX'], filters: { courseIds: [data.courseId] } },
        });
        expect(filtered.errors?.[0]?.extensions?.['problems']).toEqual([
          { field: 'filters.courseIds', code: 'INVALID_VALUE' },
        ]);
      }
    });

    it('rejects bad input with field problems (BAD_USER_INPUT)', async () => {
      const result = await platform.gql(REPORT, {
        input: { measure: 'ENROLMENTS', dimensions: ['SEX', 'SEX'], filters: { courseIds: ['not-a-uuid'] } },
      });
      expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      const three = await platform.gql(REPORT, {
        input: { measure: 'ENROLMENTS', dimensions: ['SEX', 'COURSE', 'YEAR'] },
      });
      expect(three.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      const backwards = await platform.gql(REPORT, {
        input: {
          measure: 'ENROLMENTS',
          dimensions: [],
          filters: { from: '2025-03-01T00:00:00Z', to: '2025-02-01T00:00:00Z' },
        },
      });
      expect(backwards.errors?.[0]?.extensions?.['problems']).toEqual([
        { field: 'filters.to', code: 'OUT_OF_RANGE' },
      ]);
      const csv = await platform.get('/reports/export.csv?measure=nonsense&dimensions=sex');
      expect(csv.statusCode).toBe(400);
    });
  });

  it('audits every run and export with the question, never the answer', async () => {
    const before = await t.em().count(AuditEvent, { actorId: data.adminA.id });
    await run(adminA, { measure: 'COMPLETION_RATE', dimensions: ['SEX'] });
    await adminA.get(`/reports/export.csv?measure=completions&dimensions=sex`);
    const events = await t
      .em()
      .find(AuditEvent, { actorId: data.adminA.id }, { orderBy: { createdAt: 'desc' }, limit: 2 });
    expect(await t.em().count(AuditEvent, { actorId: data.adminA.id })).toBe(before + 2);
    expect(events.map((event) => event.action).sort()).toEqual(['report.exported', 'report.run']);
    const run0 = events.find((event) => event.action === 'report.run');
    expect(run0?.details).toMatchObject({
      measure: 'completion_rate',
      dimensions: ['sex'],
      filters: { institutionIds: [data.a.id] },
    });
    expect(JSON.stringify(events.map((event) => event.details))).not.toMatch(/value|people|rows/);
  });
});
