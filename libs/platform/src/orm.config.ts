import { join } from 'node:path';
import type { Options } from '@mikro-orm/postgresql';
import { createOrmOptions } from '@parity/shared/database';
import { MIGRATIONS } from './migrations';
import { PLATFORM_ENTITIES } from './platform-entities';
import { repoRoot } from './repo-root';

/** Where new migration files are written (sources, not the build). */
export const MIGRATIONS_SOURCE_DIR = join(repoRoot(), 'libs/platform/src/migrations');

export function platformOrmOptions(url: string, poolMax?: number): Options {
  return createOrmOptions({
    url,
    entities: PLATFORM_ENTITIES,
    migrations: MIGRATIONS,
    migrationsPath: MIGRATIONS_SOURCE_DIR,
    ...(poolMax ? { poolMax } : {}),
  });
}
