import { AuditEvent, Institution, Role } from '@parity/identity';
import { given, TEST_PASSWORD } from '@parity/shared/testing';
import { isolatedRun } from '../support/isolated-run';
import { TestApp, type ApiClient, type GraphqlResult } from '../support/test-app';
import { givenReportingData, type ReportingFixture } from './reporting-fixture';

// Regional reports apply the strictest threshold of all institutions: a raised one must not leak into other files.
const isolated = isolatedRun('reporting_threshold');

interface Cell {
  value: number | null;
  people: number | null;
  suppressed: boolean;
}
interface Report {
  minCellSize: number;
  columns: { key: string | null }[];
  rows: { key: { key: string | null }; cells: Cell[]; total: Cell }[];
  columnTotals: Cell[];
  grandTotal: Cell;
}
interface Settings {
  institutionId: string;
  minCellSize: number;
  platformMinimum: number;
  custom: boolean;
}

const CELL = 'value people suppressed';
const REPORT = `query($input: ReportInput!) { report(input: $input) {
  minCellSize columns { key } rows { key { key } cells { ${CELL} } total { ${CELL} } }
  columnTotals { ${CELL} } grandTotal { ${CELL} }
} }`;
const SETTINGS = `query($id: ID!) { reportSettings(institutionId: $id) {
  institutionId minCellSize platformMinimum custom
} }`;
const SET = `mutation($input: SetReportMinCellSizeInput!) { setReportMinCellSize(input: $input) {
  institutionId minCellSize platformMinimum custom
} }`;

const shown = (people: number): Cell => ({ value: people, people, suppressed: false });
const hidden: Cell = { value: null, people: null, suppressed: true };
const codeOf = (result: GraphqlResult) => result.errors?.[0]?.extensions?.code;
const problemsOf = (result: GraphqlResult) => result.errors?.[0]?.extensions?.['problems'];

describe('reporting: an institution raises its small-cell threshold (upwards only, audited)', () => {
  let t: TestApp;
  let data: ReportingFixture;
  let platform: ApiClient;
  let adminA: ApiClient;
  let adminB: ApiClient;
  let trainerA: ApiClient;

  const report = async (client: ApiClient, input: Record<string, unknown>): Promise<Report> =>
    (await client.ok<{ report: Report }>(REPORT, { input })).report;
  const enrolmentsBySex = (client: ApiClient, institutionIds: string[] = []) =>
    report(client, {
      measure: 'ENROLMENTS',
      dimensions: ['SEX'],
      filters: { sexes: ['FEMALE', 'MALE'], institutionIds },
    });
  const settings = async (client: ApiClient, id: string): Promise<Settings> =>
    (await client.ok<{ reportSettings: Settings }>(SETTINGS, { id })).reportSettings;
  const set = (client: ApiClient, institutionId: string, minCellSize: number) =>
    client.gql<{ setReportMinCellSize: Settings }>(SET, { input: { institutionId, minCellSize } });
  const stored = async (institution: Institution): Promise<number | null> =>
    (await t.em().findOneOrFail(Institution, institution.id)).reportMinCellSize;

  beforeAll(async () => {
    isolated.migrate();
    t = await TestApp.start();
    data = await givenReportingData(t.em());
    const g = given(t.em());
    const b = await g.user({ institution: data.b, roles: [Role.INSTITUTION_ADMIN] });
    const trainer = await g.user({ institution: data.a, roles: [Role.TRAINER] });
    platform = await t.client().signIn(data.platformAdmin.email, TEST_PASSWORD);
    adminA = await t.client().signIn(data.adminA.email, TEST_PASSWORD);
    adminB = await t.client().signIn(b.email, TEST_PASSWORD);
    trainerA = await t.client().signIn(trainer.email, TEST_PASSWORD);
  });
  afterAll(async () => {
    await t.close();
    await isolated.drop();
  });

  it('starts at the platform minimum: 5, with cells of 5 people and more shown', async () => {
    expect(await settings(adminA, data.a.id)).toEqual({
      institutionId: data.a.id,
      minCellSize: 5,
      platformMinimum: 5,
      custom: false,
    });
    const own = await enrolmentsBySex(adminA);
    expect(own.minCellSize).toBe(5);
    expect(own.rows.map((row) => row.total)).toEqual([shown(6), shown(8)]);
  });

  it('an institution admin raises their institution’s threshold to 10, and the change is audited', async () => {
    const result = await set(adminA, data.a.id, 10);
    expect(result.errors).toBeUndefined();
    expect(result.data?.setReportMinCellSize).toEqual({
      institutionId: data.a.id,
      minCellSize: 10,
      platformMinimum: 5,
      custom: true,
    });
    expect(await settings(adminA, data.a.id)).toMatchObject({ minCellSize: 10, custom: true });
    const [event] = await t
      .em()
      .find(
        AuditEvent,
        { action: 'report.settings.updated', subjectId: data.a.id },
        { orderBy: { createdAt: 'desc' } },
      );
    expect(event).toMatchObject({
      actorId: data.adminA.id,
      subjectType: 'Institution',
      institutionId: data.a.id,
      details: { minCellSize: { from: null, to: 10 } },
    });
  });

  it('then hides cells of 5–9 people in the institution’s own report', async () => {
    // Institution A: 6 women, 8 men, 14 in all.
    const own = await enrolmentsBySex(adminA);
    expect(own.minCellSize).toBe(10);
    expect(own.rows.map((row) => row.total)).toEqual([hidden, hidden]);
    expect(own.grandTotal).toEqual(shown(14));
  });

  it('and in a regional report that counts it, for every institution of that report', async () => {
    const regional = await report(platform, {
      measure: 'ENROLMENTS',
      dimensions: ['SEX', 'INSTITUTION'],
      filters: { sexes: ['FEMALE', 'MALE'], institutionIds: [data.a.id, data.b.id] },
    });
    expect(regional.minCellSize).toBe(10);
    // Every inner cell counts 5–8 people (A: 6 and 8, B: 5 and 7); every margin at least 11.
    expect(regional.rows.flatMap((row) => row.cells)).toEqual([hidden, hidden, hidden, hidden]);
    expect(regional.rows.map((row) => row.total)).toEqual([shown(11), shown(15)]);
    expect(regional.grandTotal).toEqual(shown(26));
    const everyInstitution = await enrolmentsBySex(platform);
    expect(everyInstitution.minCellSize).toBe(10);
  });

  it('leaves reports that do not count the institution at the platform minimum', async () => {
    const onlyB = await enrolmentsBySex(platform, [data.b.id]);
    expect(onlyB.minCellSize).toBe(5);
    expect(onlyB.rows.map((row) => row.total)).toEqual([shown(5), shown(7)]);
    expect((await enrolmentsBySex(adminB)).minCellSize).toBe(5);
  });

  it.each([4, 0, -3, 101])(
    'refuses %i (below the platform minimum or above 100) with OUT_OF_RANGE',
    async (size) => {
      const result = await set(adminA, data.a.id, size);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(problemsOf(result)).toEqual([{ field: 'minCellSize', code: 'OUT_OF_RANGE' }]);
      expect(await stored(data.a)).toBe(10);
    },
  );

  it('and the database refuses a threshold below 5 written past the API', async () => {
    await expect(
      t.em().execute(`update institution set report_min_cell_size = 4 where id = ?`, [data.a.id]),
    ).rejects.toThrow(/institution_report_min_cell_size_check/);
  });

  it('an institution admin can neither read nor set another institution’s threshold', async () => {
    expect(codeOf(await adminA.gql(SETTINGS, { id: data.b.id }))).toBe('FORBIDDEN');
    expect(codeOf(await set(adminA, data.b.id, 20))).toBe('FORBIDDEN');
    expect(await stored(data.b)).toBeNull();
    expect(codeOf(await adminB.gql(SETTINGS, { id: data.a.id }))).toBe('FORBIDDEN');
  });

  it('other roles can do neither, even for their own institution', async () => {
    expect(codeOf(await trainerA.gql(SETTINGS, { id: data.a.id }))).toBe('FORBIDDEN');
    expect(codeOf(await set(trainerA, data.a.id, 20))).toBe('FORBIDDEN');
    expect(await stored(data.a)).toBe(10);
  });

  it('a platform admin reads and sets any institution’s threshold; an unknown institution is NOT_FOUND', async () => {
    expect(await settings(platform, data.b.id)).toMatchObject({ minCellSize: 5, custom: false });
    const result = await set(platform, data.b.id, 12);
    expect(result.data?.setReportMinCellSize).toMatchObject({ minCellSize: 12, custom: true });
    expect((await enrolmentsBySex(adminB)).minCellSize).toBe(12);
    expect(codeOf(await platform.gql(SETTINGS, { id: '00000000-0000-4000-8000-000000000000' }))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await platform.gql(SETTINGS, { id: 'not-an-id' }))).toBe('NOT_FOUND');
  });

  it('may lower its threshold again, down to the platform minimum', async () => {
    expect((await set(adminA, data.a.id, 5)).data?.setReportMinCellSize).toMatchObject({
      minCellSize: 5,
      custom: true,
    });
    const own = await enrolmentsBySex(adminA);
    expect(own.minCellSize).toBe(5);
    expect(own.rows.map((row) => row.total)).toEqual([shown(6), shown(8)]);
  });
});
