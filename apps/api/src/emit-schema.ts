import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@parity/platform';
import { buildSchemaSdl } from './graphql/build-schema';

/** `npm run schema:emit`: writes schema.graphql at the repository root (committed; a test fails on drift). */
buildSchemaSdl()
  .then((sdl) => {
    const target = join(repoRoot(), 'schema.graphql');
    writeFileSync(target, sdl);
    process.stdout.write(`schema:emit: wrote ${target} (${sdl.split('\n').length} lines)\n`);
  })
  .catch((error: unknown) => {
    process.stderr.write(`schema:emit failed: ${String(error)}\n`);
    process.exit(1);
  });
