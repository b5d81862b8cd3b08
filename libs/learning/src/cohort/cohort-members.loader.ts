import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '@parity/identity';
import { encodeCursor, type LoaderRegistry } from '@parity/shared/database';
import { findInOrder, type Page } from '../keyset-page';

/** Where a page of members starts: its size, and the (display name, id) of the member before it. */
export interface MemberPageArgs {
  first: number;
  after: [name: string, id: string] | null;
}

/** Member counts of several cohorts in one statement. */
export async function fetchMemberCounts(em: EntityManager, cohortIds: readonly string[]): Promise<number[]> {
  const marks = cohortIds.map(() => '?').join(', ');
  const rows = await em.execute<{ cohort_id: string; count: string }[]>(
    `select cohort_id, count(*) as count from cohort_member where cohort_id in (${marks}) group by cohort_id`,
    [...cohortIds],
  );
  return cohortIds.map((id) => Number(rows.find((row) => row.cohort_id === id)?.count ?? 0));
}

export function loadMemberCount(
  loaders: LoaderRegistry,
  em: EntityManager,
  cohortId: string,
): Promise<number> {
  return loaders
    .get<string, number>('Learning.cohortMemberCount', (ids) => fetchMemberCounts(em, ids))
    .load(cohortId);
}

/**
 * One page of members, by display name, for each of several cohorts: the pages' rows in one statement (numbered
 * within each cohort), their people in another, and the totals from the member-count loader.
 */
export async function fetchMemberPages(
  em: EntityManager,
  loaders: LoaderRegistry,
  cohortIds: readonly string[],
  { first, after }: MemberPageArgs,
): Promise<Page<User>[]> {
  const marks = cohortIds.map(() => '?').join(', ');
  const params: unknown[] = [...cohortIds];
  let past = '';
  if (after) {
    past = 'and (u.display_name, u.id) > (?, ?::uuid)';
    params.push(...after);
  }
  const [rows, totals] = await Promise.all([
    em.execute<{ cohort_id: string; id: string; name: string }[]>(
      `select s.cohort_id, s.id, s.name from (
         select m.cohort_id, u.id, u.display_name as name,
                row_number() over (partition by m.cohort_id order by u.display_name, u.id) as n
         from cohort_member m join user_account u on u.id = m.user_id
         where m.cohort_id in (${marks}) ${past}
       ) s where s.n <= ? order by s.cohort_id, s.n`,
      [...params, first + 1],
    ),
    Promise.all(cohortIds.map((id) => loadMemberCount(loaders, em, id))),
  ]);
  const pages = cohortIds.map((id) => rows.filter((row) => row.cohort_id === id));
  const people = await findInOrder(
    em,
    User,
    pages.flatMap((page) => page.slice(0, first).map((row) => row.id)),
  );
  return pages.map((page, index) => {
    const shown = page.slice(0, first);
    const last = shown.at(-1);
    return {
      nodes: shown.flatMap((row) => people.find((person) => person.id === row.id) ?? []),
      hasNextPage: page.length > first,
      endCursor: last ? encodeCursor([last.name, last.id]) : null,
      totalCount: totals[index] ?? 0,
    };
  });
}

/** The per-request loader of member pages: one batch for every cohort asked for with the same page arguments. */
export function loadMemberPage(
  loaders: LoaderRegistry,
  em: EntityManager,
  cohortId: string,
  args: MemberPageArgs,
): Promise<Page<User>> {
  return loaders
    .get<
      string,
      Page<User>
    >(`Learning.cohortMembers:${JSON.stringify(args)}`, (ids) => fetchMemberPages(em, loaders, ids, args))
    .load(cohortId);
}
