// Starts the embedded PostgreSQL (PGlite) as `npm start` does without a database server, then runs the built CLI's
// db:migrate and db:seed against it and prints their output (test/integration/embedded-postgres.spec.ts reads it).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const { startEmbeddedPostgres } = require(join(root, 'dist/server/libs/shared/database/src/index.js'));
const cli = join(root, 'dist/server/libs/platform/src/cli.js');

const run = (args, env) =>
  new Promise((resolve, reject) =>
    spawn(process.execPath, [cli, ...args], { env, stdio: ['ignore', 'inherit', 'inherit'] }).on(
      'exit',
      (code) => (code === 0 ? resolve() : reject(new Error(`${args[0]} exited with ${code}`))),
    ),
  );

const dir = mkdtempSync(join(tmpdir(), 'parity-pglite-'));
const embedded = await startEmbeddedPostgres(dir, 54_400 + Math.floor(Math.random() * 500));
let failed = false;
try {
  const env = { ...process.env, DATABASE_URL: embedded.url, PARITY_EMBEDDED_DB: '1', LOG_LEVEL: 'warn' };
  await run(['db:migrate'], env);
  await run(['db:seed'], env);
} catch (error) {
  console.error(error.message);
  failed = true;
} finally {
  await embedded.stop();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
