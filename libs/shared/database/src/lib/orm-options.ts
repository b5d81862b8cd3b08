import { defineConfig, type MigrationObject, type Options } from '@mikro-orm/postgresql';
import type { EntityClass } from '@mikro-orm/core';

export interface OrmOptionsInput {
  url: string;
  entities: EntityClass<unknown>[];
  migrations: MigrationObject[];
  /** Where `db:migration:create` writes new migration files (TypeScript sources). */
  migrationsPath: string;
  poolMax?: number;
  debug?: boolean;
  /** The migrator, for the command line only. */
  extensions?: Options['extensions'];
}

/**
 * MikroORM options for every process (api, worker, CLI, tests): explicit entity and migration lists,
 * so the same config works from sources (Jest) and from the compiled build, with no folder scanning. The migrator is
 * registered by the command line alone (`db:migrate`, libs/platform/src/cli.ts): loading it and the migrations costs
 * a process some 330 modules at start.
 */
export function createOrmOptions(input: OrmOptionsInput): Options {
  return defineConfig({
    clientUrl: input.url,
    entities: input.entities,
    forceUtcTimezone: true,
    allowGlobalContext: false,
    debug: input.debug ?? false,
    pool: { min: 0, max: input.poolMax ?? 10 },
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    extensions: input.extensions ?? [],
    migrations: {
      migrationsList: input.migrations,
      path: input.migrationsPath,
      pathTs: input.migrationsPath,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      fileName: (timestamp: string, name?: string) => `Migration${timestamp}${name ? `_${name}` : ''}`,
    },
  });
}
