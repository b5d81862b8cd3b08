import { Role, User, type Institution } from '@parity/identity';
import { given, TEST_PASSWORD } from '@parity/shared/testing';
import { TestApp, type ApiClient } from '../support/test-app';

const IMPORT = `mutation($input: ImportPeopleInput!) { importPeople(input: $input) { imported invited problems { line field code } } }`;

describe('importing people from CSV', () => {
  let t: TestApp;
  let institution: Institution;
  let admin: ApiClient;
  const tag = Date.now();

  beforeAll(async () => {
    t = await TestApp.start();
    const g = given(t.em());
    institution = await g.institution();
    await g.unit(institution, 'Navy');
    await g.unit(institution, 'Air Force');
    const person = await g.user({ institution, roles: [Role.INSTITUTION_ADMIN] });
    admin = await t.client().signIn(person.email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  const csv = (rows: string[]) =>
    ['email,display_name,unit,sex,staff_category,rank,locale,roles', ...rows].join('\n');

  it('imports nothing when one row is bad, and reports that row by line and field', async () => {
    const result = await admin.ok<{ importPeople: { imported: number; problems: unknown[] } }>(IMPORT, {
      input: {
        institutionId: institution.id,
        csv: csv([
          `a-${tag}@example.test,Ana Anić,Navy,female,military,nco,hr,learner`,
          `b-${tag}@example.test,Boris Bor,Navy,male,military,nco,hr,learner`,
          `c-${tag}@example.test,Cvijeta Cvit,Submarines,female,military,nco,hr,learner`,
          `d-${tag}@example.test,Dino Din,Air Force,male,civilian,,sq,trainer`,
        ]),
      },
    });
    expect(result.importPeople.imported).toBe(0);
    expect(result.importPeople.problems).toEqual([{ line: 4, field: 'unit', code: 'UNKNOWN_UNIT' }]);
    expect(await t.em().count(User, { email: { $like: `%-${tag}@example.test` } })).toBe(0);
  });

  it('reports every problem with its line: bad values, duplicates in the file, e-mails already taken', async () => {
    const existing = await given(t.em()).user({ institution });
    const result = await admin.ok<{
      importPeople: { problems: { line: number; field: string; code: string }[] };
    }>(IMPORT, {
      input: {
        institutionId: institution.id,
        csv: csv([
          `not-an-email,Ana,,,,,,`,
          `e-${tag}@example.test,Ema,,unknown,,,,`,
          `e-${tag}@example.test,Ema Again,,,,,,`,
          `${existing.email},Someone,,,,,,`,
          `f-${tag}@example.test,Fran,,,,,xx,admin`,
        ]),
      },
    });
    expect(result.importPeople.problems).toEqual([
      { line: 2, field: 'email', code: 'INVALID_EMAIL' },
      { line: 3, field: 'sex', code: 'INVALID_VALUE' },
      { line: 4, field: 'email', code: 'DUPLICATE_IN_FILE' },
      { line: 5, field: 'email', code: 'EMAIL_TAKEN' },
      { line: 6, field: 'locale', code: 'UNSUPPORTED_LOCALE' },
      { line: 6, field: 'roles', code: 'INVALID_ROLE' },
    ]);
  });

  it('checks without writing on a dry run, then imports every row with unit, attributes, roles and invitations', async () => {
    const input = {
      institutionId: institution.id,
      csv: csv([
        `g-${tag}@example.test,Goran Gorić,Navy,male,military,junior_officer,cnr,learner;trainer`,
        `h-${tag}@example.test,"Hana, Hadžić",air force,female,civilian,,mk,`,
      ]),
      sendInvitations: true,
    };
    const dry = await admin.ok<{ importPeople: { imported: number; problems: unknown[] } }>(IMPORT, {
      input: { ...input, dryRun: true },
    });
    expect(dry.importPeople).toEqual({ imported: 0, invited: 0, problems: [] });
    expect(await t.em().count(User, { email: `g-${tag}@example.test` })).toBe(0);

    const done = await admin.ok<{ importPeople: { imported: number; invited: number } }>(IMPORT, { input });
    expect(done.importPeople).toEqual({ imported: 2, invited: 2, problems: [] });
    const em = t.em();
    const goran = await em.findOneOrFail(
      User,
      { email: `g-${tag}@example.test` },
      { populate: ['unit', 'roles'] },
    );
    expect(goran.unit?.name).toBe('Navy');
    expect(goran.rank).toBe('junior_officer');
    expect(goran.locale).toBe('cnr');
    expect(
      goran.roles
        .getItems()
        .map((r) => r.role)
        .sort(),
    ).toEqual(['learner', 'trainer']);
    const hana = await em.findOneOrFail(
      User,
      { email: `h-${tag}@example.test` },
      { populate: ['unit', 'roles'] },
    );
    expect(hana.displayName).toBe('Hana, Hadžić');
    expect(hana.unit?.name).toBe('Air Force');
    expect(hana.roles.getItems().map((r) => r.role)).toEqual(['learner']);
  });

  it('refuses a CSV import into another institution', async () => {
    const other = await given(t.em()).institution();
    const result = await admin.gql(IMPORT, {
      input: { institutionId: other.id, csv: csv([`x-${tag}@example.test,X,,,,,,`]) },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
