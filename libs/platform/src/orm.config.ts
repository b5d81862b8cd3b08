import { join } from 'node:path';
import type { Options } from '@mikro-orm/postgresql';
import { createOrmOptions } from '@parity/shared/database';
import { PLATFORM_ENTITIES } from './platform-entities';
import { repoRoot } from './repo-root';

/** Where new migration files are written (sources, not the build). */
export const MIGRATIONS_SOURCE_DIR = join(repoRoot(), 'libs/platform/src/migrations');

/**
 * The api's and worker's options: no migrations (the command line runs them, see cli.ts), so that a process does not
 * load the migrations, the migrator and their 500 modules at every start.
 */
export function platformOrmOptions(url: string, poolMax?: number): Options {
  return createOrmOptions({
    url,
    entities: PLATFORM_ENTITIES,
    migrations: [],
    migrationsPath: MIGRATIONS_SOURCE_DIR,
    ...(poolMax ? { poolMax } : {}),
  });
}
