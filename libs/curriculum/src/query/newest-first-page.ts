import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { decodeCursor, encodeCursor } from '@parity/shared/database';

export interface Page<T> {
  nodes: T[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number;
}

/** Escapes a search text for ILIKE and wraps it in wildcards (at most 100 characters). */
export function likePattern(search: string): string {
  return `%${search.slice(0, 100).replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/**
 * One keyset page of `table alias`, newest first, filtered by a SQL condition on the alias: ids in one query, the
 * total in another, the rows in a third, in page order.
 */
export async function newestFirstPage<T extends { id: string; createdAt: Date }>(
  em: EntityManager,
  entity: EntityClass<T>,
  query: {
    table: string;
    alias: string;
    where: string;
    params: unknown[];
    first: number;
    after?: string | null;
  },
): Promise<Page<T>> {
  const { table, alias: a, where, params, first } = query;
  const pageConditions = [where];
  const pageParams = [...params];
  if (query.after) {
    const [createdAt, id] = decodeCursor(query.after, ['timestamp', 'uuid']);
    pageConditions.push(`(${a}.created_at, ${a}.id) < (?, ?)`);
    pageParams.push(createdAt, id);
  }
  const connection = em.getConnection();
  const [rows, countRows] = await Promise.all([
    connection.execute<{ id: string }[]>(
      `select ${a}.id from ${table} ${a} where ${pageConditions.join(' and ')} order by ${a}.created_at desc, ${a}.id desc limit ?`,
      [...pageParams, first + 1],
    ),
    connection.execute<{ count: string }[]>(
      `select count(*) as count from ${table} ${a} where ${where}`,
      params,
    ),
  ]);
  const ids = rows.slice(0, first).map((row) => row.id);
  const found: T[] = ids.length ? ((await em.find(entity, { id: { $in: ids } } as never)) as T[]) : [];
  const nodes = ids.map((id) => found.find((row) => row.id === id)).filter((row): row is T => Boolean(row));
  const last = nodes.at(-1);
  return {
    nodes,
    hasNextPage: rows.length > first,
    endCursor: last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
    totalCount: Number(countRows[0]?.count ?? 0),
  };
}
