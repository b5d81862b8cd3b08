import { parse } from 'csv-parse/sync';
import type { FieldProblem } from '@parity/shared/errors';
import { Role } from '../authz/role.enum';
import { SUPPORTED_LOCALES } from '../invitation/invitation-email';
import { RankGroup, Sex, StaffCategory } from '../user/person-attributes.enum';
import { emailSchema, displayNameSchema } from '../user/user-input.schema';

export const PEOPLE_CSV_COLUMNS = [
  'email',
  'display_name',
  'unit',
  'sex',
  'staff_category',
  'rank',
  'locale',
  'roles',
];
export const REQUIRED_COLUMNS = ['email', 'display_name'];
export const MAX_IMPORT_ROWS = 5000;
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
const IMPORTABLE_ROLES: Role[] = [Role.LEARNER, Role.TRAINER, Role.COACH, Role.INSTITUTION_ADMIN];

export interface PersonRow {
  line: number;
  email: string;
  displayName: string;
  unitName: string | null;
  sex: Sex | null;
  staffCategory: StaffCategory | null;
  rank: RankGroup | null;
  locale: string | null;
  roles: Role[];
}

export interface ParsedPeople {
  rows: PersonRow[];
  problems: (FieldProblem & { line: number })[];
}

function enumValue<T extends string>(values: readonly T[], raw: string): T | null | undefined {
  const value = raw
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if (!value) return null;
  return values.find((candidate) => candidate === value);
}

/** Parses the people CSV into rows, reporting every problem with its line (the header is line 1). */
export function parsePeopleCsv(csv: string): ParsedPeople {
  const problems: ParsedPeople['problems'] = [];
  if (Buffer.byteLength(csv) > MAX_IMPORT_BYTES)
    return { rows: [], problems: [{ line: 0, field: 'csv', code: 'FILE_TOO_LARGE' }] };
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(csv.replace(/^\uFEFF/, ''), {
      columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      info: true,
      relax_column_count: false,
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 0;
    return { rows: [], problems: [{ line, field: 'csv', code: 'MALFORMED_CSV' }] };
  }
  const header =
    csv
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/, 1)[0]
      ?.split(',')
      .map((name) => name.trim().toLowerCase()) ?? [];
  for (const column of REQUIRED_COLUMNS) {
    if (!header.includes(column)) problems.push({ line: 1, field: column, code: 'MISSING_COLUMN' });
  }
  for (const column of header) {
    if (!PEOPLE_CSV_COLUMNS.includes(column))
      problems.push({ line: 1, field: column, code: 'UNKNOWN_COLUMN' });
  }
  if (problems.length) return { rows: [], problems };
  if (records.length === 0) return { rows: [], problems: [{ line: 2, field: 'csv', code: 'NO_ROWS' }] };
  if (records.length > MAX_IMPORT_ROWS)
    return { rows: [], problems: [{ line: 0, field: 'csv', code: 'TOO_MANY_ROWS' }] };

  const rows: PersonRow[] = [];
  const seenEmails = new Set<string>();
  for (const { record, info } of records) {
    const line = info.lines;
    const report = (field: string, code: FieldProblem['code']) => problems.push({ line, field, code });
    const email = emailSchema.safeParse(record['email'] ?? '');
    if (!email.success) report('email', 'INVALID_EMAIL');
    else if (seenEmails.has(email.data)) report('email', 'DUPLICATE_IN_FILE');
    else seenEmails.add(email.data);
    const name = displayNameSchema.safeParse(record['display_name'] ?? '');
    if (!name.success) report('display_name', 'REQUIRED');
    const sex = enumValue(Object.values(Sex), record['sex'] ?? '');
    if (sex === undefined) report('sex', 'INVALID_VALUE');
    const staffCategory = enumValue(Object.values(StaffCategory), record['staff_category'] ?? '');
    if (staffCategory === undefined) report('staff_category', 'INVALID_VALUE');
    const rank = enumValue(Object.values(RankGroup), record['rank'] ?? '');
    if (rank === undefined) report('rank', 'INVALID_VALUE');
    const locale = (record['locale'] ?? '').trim() || null;
    if (locale && !SUPPORTED_LOCALES.includes(locale)) report('locale', 'UNSUPPORTED_LOCALE');
    const roles: Role[] = [];
    for (const raw of (record['roles'] ?? '').split(';').filter((part) => part.trim())) {
      const role = enumValue(IMPORTABLE_ROLES, raw);
      if (role) roles.push(role);
      else report('roles', 'INVALID_ROLE');
    }
    if (
      email.success &&
      name.success &&
      sex !== undefined &&
      staffCategory !== undefined &&
      rank !== undefined
    ) {
      rows.push({
        line,
        email: email.data,
        displayName: name.data,
        unitName: (record['unit'] ?? '').trim() || null,
        sex,
        staffCategory,
        rank,
        locale,
        roles: roles.length ? [...new Set(roles)] : [Role.LEARNER],
      });
    }
  }
  return { rows, problems };
}
