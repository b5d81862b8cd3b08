import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { LoaderRegistry } from '@parity/shared/database';

/** Batches "load entity by id" per request: N field resolvers cost one query. */
export function loadById<T extends { id: string }>(
  loaders: LoaderRegistry,
  em: EntityManager,
  entity: EntityClass<T>,
  id: string,
): Promise<T> {
  const loader = loaders.get<string, T>(`${entity.name}.byId`, async (ids) => {
    const rows = await em.find(entity, { id: { $in: [...ids] } } as never);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((key) => byId.get(key) ?? new Error(`${entity.name} ${key} not found`));
  });
  return loader.load(id);
}

/** Batches "load children by parent id" per request. */
export function loadManyBy<T>(
  loaders: LoaderRegistry,
  name: string,
  key: string,
  fetch: (keys: readonly string[]) => Promise<T[]>,
  keyOf: (row: T) => string,
): Promise<T[]> {
  const loader = loaders.get<string, T[]>(name, async (keys) => {
    const rows = await fetch(keys);
    const grouped = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const row of rows) grouped.get(keyOf(row))?.push(row);
    return keys.map((k) => grouped.get(k) ?? []);
  });
  return loader.load(key);
}
