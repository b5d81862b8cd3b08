import { parsePeopleCsv } from './people-csv.parser';

const HEADER = 'email,display_name,unit,sex,staff_category,rank,locale,roles';

describe('the people CSV parser', () => {
  it('reads rows with their file line numbers, normalising e-mail, enums and roles', () => {
    const { rows, problems } = parsePeopleCsv(
      `\uFEFF${HEADER}\r\n Ana@Example.TEST ,Ana Anić,Navy,Female,military,Junior Officer,hr,learner; trainer\r\n\r\nb@example.test,"Bor, Boris",,,,,,\r\n`,
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        email: 'ana@example.test',
        displayName: 'Ana Anić',
        unitName: 'Navy',
        sex: 'female',
        staffCategory: 'military',
        rank: 'junior_officer',
        locale: 'hr',
        roles: ['learner', 'trainer'],
      },
      {
        line: 4,
        email: 'b@example.test',
        displayName: 'Bor, Boris',
        unitName: null,
        sex: null,
        staffCategory: null,
        rank: null,
        locale: null,
        roles: ['learner'],
      },
    ]);
  });

  it('reports missing and unknown columns on line 1', () => {
    expect(parsePeopleCsv('mail,name\nx@y.test,X').problems).toEqual([
      { line: 1, field: 'email', code: 'MISSING_COLUMN' },
      { line: 1, field: 'display_name', code: 'MISSING_COLUMN' },
      { line: 1, field: 'mail', code: 'UNKNOWN_COLUMN' },
      { line: 1, field: 'name', code: 'UNKNOWN_COLUMN' },
    ]);
  });

  it('reports a malformed file, an empty file, and a platform admin role (which import cannot grant)', () => {
    expect(parsePeopleCsv(`${HEADER}\na@b.test,"unterminated`).problems[0]?.code).toBe('MALFORMED_CSV');
    expect(parsePeopleCsv(HEADER).problems).toEqual([{ line: 2, field: 'csv', code: 'NO_ROWS' }]);
    expect(parsePeopleCsv(`${HEADER}\na@b.test,A,,,,,,platform_admin`).problems).toEqual([
      { line: 2, field: 'roles', code: 'INVALID_ROLE' },
    ]);
  });

  it('flags a repeated e-mail even when the earlier row has other problems', () => {
    const { problems } = parsePeopleCsv(`${HEADER}\na@b.test,A,,x,,,,\nA@B.test,A2,,,,,,`);
    expect(problems).toEqual([
      { line: 2, field: 'sex', code: 'INVALID_VALUE' },
      { line: 3, field: 'email', code: 'DUPLICATE_IN_FILE' },
    ]);
  });
});
