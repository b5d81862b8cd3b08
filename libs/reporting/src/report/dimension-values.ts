import type { EntityManager } from '@mikro-orm/postgresql';
import type { Locale, TranslatedText } from '@parity/curriculum';
import { RankGroup, Sex, StaffCategory } from '@parity/identity';
import { localize } from '@parity/learning';
import type { ReportValueType } from '../dto/report-value.type';
import { enumLabel, LANGUAGE_NAMES, reportCopy } from '../labels/report-labels';
import { ReportDimension } from './report-dimension.enum';

const ENUM_VALUES: Partial<Record<ReportDimension, readonly string[]>> = {
  [ReportDimension.SEX]: Object.values(Sex),
  [ReportDimension.STAFF_CATEGORY]: Object.values(StaffCategory),
  [ReportDimension.RANK_GROUP]: Object.values(RankGroup),
};

/** Names of institutions, units, countries and courses, by key (one statement per dimension). */
async function namesOf(
  em: EntityManager,
  dimension: ReportDimension,
  keys: string[],
  locale: Locale,
): Promise<Map<string, string>> {
  const ids = `{${keys.join(',')}}`;
  switch (dimension) {
    case ReportDimension.INSTITUTION:
    case ReportDimension.UNIT: {
      const table = dimension === ReportDimension.INSTITUTION ? 'institution' : 'unit';
      const rows = await em.execute<{ key: string; name: string }[]>(
        `select id::text as key, name from ${table} where id = any(?::uuid[])`,
        [ids],
      );
      return new Map(rows.map((row) => [row.key, row.name]));
    }
    case ReportDimension.COUNTRY: {
      const rows = await em.execute<{ key: string; name: string }[]>(
        `select code as key, name from country where code = any(?::text[])`,
        [ids],
      );
      return new Map(rows.map((row) => [row.key, row.name]));
    }
    case ReportDimension.COURSE: {
      const rows = await em.execute<{ key: string; title: TranslatedText }[]>(
        `select c.id::text as key, v.title from course c
         join lateral (select title from course_version cv where cv.course_id = c.id
           order by (cv.id = c.published_version_id) desc, cv.number desc limit 1) v on true
         where c.id = any(?::uuid[])`,
        [ids],
      );
      return new Map(rows.map((row) => [row.key, localize(row.title, locale).text]));
    }
    default:
      return new Map();
  }
}

/**
 * The values of a dimension to lay out, in display order with labels in `locale`: every value of an enum
 * dimension (so tables keep their shape), otherwise the values present in the data; "not recorded" last (for
 * the children of a unit: `nullLabel`, the people directly in that unit).
 */
export async function dimensionValues(
  em: EntityManager,
  dimension: ReportDimension,
  present: ReadonlySet<string | null>,
  locale: Locale,
  nullLabel: string | null = null,
): Promise<ReportValueType[]> {
  const enumValues = ENUM_VALUES[dimension];
  const keys = [...present].filter((key): key is string => key !== null);
  const notRecorded: ReportValueType[] = present.has(null)
    ? [{ key: null, label: nullLabel ?? reportCopy(locale).notRecorded }]
    : [];
  if (enumValues) {
    return [...enumValues.map((key) => ({ key, label: enumLabel(locale, key) })), ...notRecorded];
  }
  if (dimension === ReportDimension.LANGUAGE) {
    const label = (key: string): string => LANGUAGE_NAMES[key as Locale] ?? key;
    return [...keys.sort().map((key) => ({ key, label: label(key) })), ...notRecorded];
  }
  const names = await namesOf(em, dimension, keys, locale);
  const values = keys.map((key) => ({ key, label: names.get(key) ?? key }));
  const periodic = [ReportDimension.MONTH, ReportDimension.QUARTER, ReportDimension.YEAR].includes(dimension);
  values.sort((a, b) => (periodic ? a.key.localeCompare(b.key) : a.label.localeCompare(b.label, locale)));
  return [...values, ...notRecorded];
}
