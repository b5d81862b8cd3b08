import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { encodeCursor } from '@parity/shared/database';

/** One page of a connection: its nodes, the cursor after its last node, and the total of every page. */
export interface Page<T> {
  nodes: T[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number;
}

export interface KeysetQuery<Row extends { id: string }> {
  /** Selects `id` and the sort keys: filtered, past the cursor, ordered; `limit ?` is appended. */
  sql: string;
  params: unknown[];
  /** Counts every row of the filter (the cursor left out): `select count(*) as count …`. */
  countSql: string;
  countParams: unknown[];
  first: number;
  /** The sort keys of a row, for the cursor after the page's last row. */
  cursorOf: (row: Row) => (string | number)[];
}

/**
 * One keyset page: the page's rows (one more than `first`, to tell whether another page follows) and the total in two
 * concurrent statements, then the nodes `load` returns for the page's ids (in page order).
 */
export async function keysetPage<Row extends { id: string }, T>(
  em: EntityManager,
  query: KeysetQuery<Row>,
  load: (ids: string[]) => Promise<T[]>,
): Promise<Page<T>> {
  const connection = em.getConnection();
  const [rows, counts] = await Promise.all([
    connection.execute<Row[]>(`${query.sql} limit ?`, [...query.params, query.first + 1]),
    connection.execute<{ count: string }[]>(query.countSql, query.countParams),
  ]);
  const page = rows.slice(0, query.first);
  const last = page.at(-1);
  return {
    nodes: page.length ? await load(page.map((row) => row.id)) : [],
    hasNextPage: rows.length > query.first,
    endCursor: last ? encodeCursor(query.cursorOf(last)) : null,
    totalCount: Number(counts[0]?.count ?? 0),
  };
}

/** Entities by id in one statement, in the order of `ids` (an id not found is left out). */
export async function findInOrder<T extends { id: string }>(
  em: EntityManager,
  entity: EntityClass<T>,
  ids: readonly string[],
): Promise<T[]> {
  if (!ids.length) return [];
  const found = (await em.find(entity, { id: { $in: [...ids] } } as never)) as T[];
  const byId = new Map(found.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** A page as a GraphQL connection whose nodes are resolved as `Node` (the page holds the entities behind them). */
export function asConnection<Node>(page: Page<unknown>): {
  nodes: Node[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  totalCount: number;
} {
  return {
    nodes: page.nodes as Node[],
    pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
    totalCount: page.totalCount,
  };
}
