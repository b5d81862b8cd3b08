import type { EntityManager, Knex } from '@mikro-orm/postgresql';

export type SqlValue = string | number | boolean | null;

/** A PostgreSQL array literal of the values (passed as one parameter and cast, e.g. `?::uuid[]`). */
export function pgArray(values: readonly SqlValue[]): string {
  const items = values.map((value) => {
    if (value === null) return 'NULL';
    if (typeof value === 'boolean') return value ? 't' : 'f';
    if (typeof value === 'number') return String(value);
    return `"${value.replace(/["\\]/g, (char) => `\\${char}`)}"`;
  });
  return `{${items.join(',')}}`;
}

export const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

/** A column of rows to insert: its name, PostgreSQL type and one value per row. */
export interface InsertColumn {
  name: string;
  type: string;
  values: readonly SqlValue[];
}

/**
 * Inserts rows column-wise in one statement (`insert … select … from unnest(…)`), a few arrays instead of thousands of
 * placeholders. `computed` adds columns whose values SQL computes per row (e.g. `gen_random_uuid()`).
 */
export async function insertColumns(
  em: EntityManager,
  table: string,
  columns: InsertColumn[],
  computed: Record<string, string> = {},
): Promise<void> {
  if (!columns[0]?.values.length) return;
  const names = [...Object.keys(computed), ...columns.map((column) => column.name)];
  const unnest = columns.map((column) => `?::${column.type}[]`).join(', ');
  const aliases = columns.map((column) => `"${column.name}"`).join(', ');
  await executeBound(
    em,
    `insert into "${table}" (${names.map((name) => `"${name}"`).join(', ')})
     select ${[...Object.values(computed), ...columns.map((column) => `x."${column.name}"`)].join(', ')}
     from unnest(${unnest}) as x(${aliases})`,
    columns.map((column) => pgArray(column.values)),
  );
}

/**
 * Runs a statement with bound parameters (`em.execute` inlines them as literals, which for arrays of 100,000 values
 * costs seconds of escaping and garbage collection), in the entity manager's transaction when there is one.
 */
export async function executeBound(em: EntityManager, sql: string, params: unknown[]): Promise<void> {
  const query = em
    .getConnection()
    .getKnex()
    .raw(sql, params as never[]);
  const transaction = em.getTransactionContext<Knex.Transaction>();
  if (transaction) query.transacting(transaction);
  await query;
}
