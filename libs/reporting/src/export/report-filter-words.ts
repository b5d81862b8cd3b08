import type { EntityManager } from '@mikro-orm/postgresql';
import type { Locale, TranslatedText } from '@parity/curriculum';
import { localize } from '@parity/learning';
import { enumLabel, LANGUAGE_NAMES, reportCopy } from '../labels/report-labels';
import { dimensionValues } from '../report/dimension-values';
import { ReportDimension } from '../report/report-dimension.enum';
import type { ParsedReportInput } from '../report/report-input.schema';
import { formatDay } from './export-dates';
import { exportCopy, fill } from './export-copy';
import type { ReportFilterLine } from './report-format';

/** Names of ids by dimension (institutions, units, countries, courses), in the order asked. */
async function names(
  em: EntityManager,
  dimension: ReportDimension,
  keys: readonly string[],
  locale: Locale,
): Promise<string[]> {
  if (keys.length === 0) return [];
  const values = await dimensionValues(em, dimension, new Set(keys), locale);
  const byKey = new Map(values.map((value) => [value.key, value.label]));
  return keys.map((key) => byKey.get(key) ?? key);
}

async function quizTitles(em: EntityManager, ids: readonly string[], locale: Locale): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await em.execute<{ id: string; title: TranslatedText }[]>(
    `select id::text as id, title from quiz where id = any(?::uuid[])`,
    [`{${ids.join(',')}}`],
  );
  const byId = new Map(rows.map((row) => [row.id, localize(row.title, locale).text]));
  return ids.map((id) => byId.get(id) ?? id);
}

/**
 * The filters of a report in words, in its language: the values of each filter that restricts it ("Sex": "Women"),
 * institutions, units, countries, courses and quizzes by name, the period as dates. `institutionIds` is the
 * effective institution scope (an institution admin's own institution even when the input named none).
 */
export async function reportFilterWords(
  em: EntityManager,
  input: ParsedReportInput,
  institutionIds: readonly string[],
  locale: Locale,
): Promise<ReportFilterLine[]> {
  const words = reportCopy(locale);
  const copy = exportCopy(locale);
  const { filters } = input;
  const dimension = (key: ReportDimension): string => words.dimensions[key] ?? key;
  const unitParent = input.unitParentId
    ? await names(em, ReportDimension.UNIT, [input.unitParentId], locale)
    : [];
  const period = [
    ...(filters.from ? [fill(copy.from, formatDay(filters.from, locale))] : []),
    ...(filters.to ? [fill(copy.before, formatDay(filters.to, locale))] : []),
  ];
  const lines: ReportFilterLine[] = [
    { label: dimension(ReportDimension.SEX), values: filters.sexes.map((key) => enumLabel(locale, key)) },
    {
      label: dimension(ReportDimension.STAFF_CATEGORY),
      values: filters.staffCategories.map((key) => enumLabel(locale, key)),
    },
    {
      label: dimension(ReportDimension.RANK_GROUP),
      values: filters.rankGroups.map((key) => enumLabel(locale, key)),
    },
    {
      label: dimension(ReportDimension.INSTITUTION),
      values: await names(em, ReportDimension.INSTITUTION, institutionIds, locale),
    },
    {
      label: dimension(ReportDimension.UNIT),
      values: [
        ...(await names(em, ReportDimension.UNIT, filters.unitIds, locale)),
        ...unitParent.map((name) => fill(copy.subUnitsOf, name)),
      ],
    },
    {
      label: dimension(ReportDimension.COUNTRY),
      values: await names(em, ReportDimension.COUNTRY, filters.countryCodes, locale),
    },
    {
      label: dimension(ReportDimension.COURSE),
      values: await names(em, ReportDimension.COURSE, filters.courseIds, locale),
    },
    { label: copy.quizzes, values: await quizTitles(em, filters.quizIds, locale) },
    {
      label: dimension(ReportDimension.LANGUAGE),
      values: filters.locales.map((key) => LANGUAGE_NAMES[key as Locale] ?? key),
    },
    { label: copy.period, values: period },
  ];
  return lines.filter((line) => line.values.length > 0);
}
