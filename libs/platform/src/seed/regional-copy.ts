import type { EntityManager } from '@mikro-orm/postgresql';

/** A SQL string literal (for values the generator itself produces: ids, dates, JSON). */
export const sqlLiteral = (value: string): string => `'${value.replace(/'/g, "''")}'`;

/**
 * Copies the rows of `table` matching `where` (alias `src`), every column as it is except `overrides` (SQL
 * expressions over `src`). Columns are read from the catalogue, so a column added later is copied too.
 */
export async function copyRows(
  em: EntityManager,
  table: string,
  where: string,
  params: unknown[],
  overrides: Record<string, string>,
): Promise<void> {
  const columns = await em.execute<{ column_name: string }[]>(
    `select column_name from information_schema.columns
     where table_schema = current_schema() and table_name = ? order by ordinal_position`,
    [table],
  );
  const names = columns.map((column) => column.column_name);
  const select = names.map((name) => overrides[name] ?? `src."${name}"`);
  await em.execute(
    `insert into "${table}" (${names.map((name) => `"${name}"`).join(', ')})
     select ${select.join(', ')} from "${table}" src where ${where}`,
    params,
  );
}
