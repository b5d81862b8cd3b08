import type { ReportInput } from '@parity/reporting';

type Query = Record<string, string | string[] | undefined>;

/** A list parameter: repeated (`?sexes=female&sexes=male`) or comma-separated (`?sexes=female,male`). */
function list(query: Query, name: string): string[] | undefined {
  const raw = query[name];
  if (raw === undefined) return undefined;
  return (Array.isArray(raw) ? raw : [raw])
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value.length > 0);
}

/** Enum values as GraphQL spells them (ENROLMENTS, FEMALE) or as stored (enrolments, female). */
const lower = (values: string[] | undefined): string[] | undefined =>
  values?.map((value) => value.toLowerCase());

const single = (query: Query, name: string): string | undefined => {
  const raw = query[name];
  return Array.isArray(raw) ? raw[0] : raw;
};

/**
 * The report input of the report downloads (`GET /reports/export.csv`, `export.xlsx`, `summary.pdf`): the same fields as the GraphQL ReportInput, flattened into the
 * query string (filters by name, lists comma-separated or repeated). Validation happens in the service.
 */
export function reportInputFromQuery(query: Query): ReportInput {
  const input = {
    measure: single(query, 'measure')?.toLowerCase(),
    dimensions: lower(list(query, 'dimensions')) ?? [],
    unitParentId: single(query, 'unitParentId') ?? null,
    locale: single(query, 'locale') ?? null,
    filters: {
      sexes: lower(list(query, 'sexes')),
      staffCategories: lower(list(query, 'staffCategories')),
      rankGroups: lower(list(query, 'rankGroups')),
      institutionIds: list(query, 'institutionIds'),
      unitIds: list(query, 'unitIds'),
      countryCodes: list(query, 'countryCodes'),
      courseIds: list(query, 'courseIds'),
      locales: list(query, 'locales'),
      quizIds: list(query, 'quizIds'),
      from: single(query, 'from') ?? null,
      to: single(query, 'to') ?? null,
    },
  };
  // Unchecked strings: the service validates every field (BAD_USER_INPUT with field problems) before use.
  return input as unknown as ReportInput;
}
