import { FACT_DIMENSIONS } from './dimension-sql';
import type { ReportDimension } from './report-dimension.enum';

/** One part of the table's aggregates: its GROUPING SETS and, per key, the key and its grouping flag as SQL. */
export interface GroupingPart {
  sets: string;
  /** `k1, k2, g1, g2` as select list items (a key the part never groups by is null, with flag 1). */
  keys: string;
}

/**
 * The GROUPING SETS of a table (cells, row totals, column totals, grand total), split by how people are counted.
 * The facts hold one row per person and fact key (course, period), so a set that keeps every fact dimension counts
 * each person once per group with count(*) (`direct`). A set that drops a fact dimension (the column totals of
 * quarter × sex, the grand total) would count a person once per period: those sets go through one row per person
 * first (`perPerson`, with person_id added; null when there are none).
 */
export function groupingSets(dimensions: readonly ReportDimension[]): {
  direct: GroupingPart;
  perPerson: GroupingPart | null;
} {
  const keys = dimensions.map((_, index) => `k${index + 1}`);
  const factKeys = keys.filter((_, index) => FACT_DIMENSIONS.has(dimensions[index] as ReportDimension));
  const sets = [keys, ...keys.map((key) => [key]), []].filter(
    (set, index, all) => all.findIndex((other) => other.join() === set.join()) === index,
  );
  const isDirect = (set: string[]): boolean => factKeys.every((key) => set.includes(key));
  const part = (list: string[][], extra: string[]): GroupingPart => {
    const used = (key: string): boolean => list.some((set) => set.includes(key));
    const key = (name: string): string => (used(name) ? name : `null::text as ${name}`);
    const flag = (name: string): string => (used(name) ? `grouping(${name})` : '1');
    return {
      sets: list.map((set) => `(${[...set, ...extra].join(', ')})`).join(', '),
      keys: `${key('k1')}, ${key('k2')}, ${flag('k1')} as g1, ${flag('k2')} as g2`,
    };
  };
  const perPerson = sets.filter((set) => !isDirect(set));
  return {
    direct: part(sets.filter(isDirect), []),
    perPerson: perPerson.length > 0 ? part(perPerson, ['person_id']) : null,
  };
}
