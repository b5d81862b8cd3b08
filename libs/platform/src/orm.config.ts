import { join } from 'node:path';
import type { Options } from '@mikro-orm/postgresql';
import { createOrmOptions, type OrmOptionsInput } from '@parity/shared/database';
import { PLATFORM_ENTITIES } from './platform-entities';
import { repoRoot } from './repo-root';

/** Where new migration files are written (sources, not the build). */
export const MIGRATIONS_SOURCE_DIR = join(repoRoot(), 'libs/platform/src/migrations');

/**
 * The api's and worker's options. They leave out the migrations and the migrator, which only the command line uses
 * (cli.ts passes them): a process would otherwise load them and their 330 modules at every start.
 */
export function platformOrmOptions(
  url: string,
  poolMax?: number,
  tools: Pick<OrmOptionsInput, 'migrations' | 'extensions'> = { migrations: [] },
): Options {
  return createOrmOptions({
    url,
    entities: PLATFORM_ENTITIES,
    migrationsPath: MIGRATIONS_SOURCE_DIR,
    ...(poolMax ? { poolMax } : {}),
    ...tools,
  });
}
