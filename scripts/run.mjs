#!/usr/bin/env node
// Runs a platform command (db:migrate, db:seed, db:migration:create, schema:emit, …) from a fresh server build.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const [command, ...args] = process.argv.slice(2);
execFileSync(process.execPath, [join(root, 'scripts/build-server.mjs')], {
  stdio: ['ignore', 'ignore', 'inherit'],
  cwd: root,
});
const entries = {
  'schema:emit': 'dist/server/apps/api/src/emit-schema.js',
  // Re-encrypts coaching notes with the current key (docs/coaching-note-keys.md).
  'notes:rekey': 'dist/server/libs/coaching/src/note/notes-rekey.cli.js',
};
const entry = entries[command] ?? 'dist/server/libs/platform/src/cli.js';
try {
  execFileSync(process.execPath, ['--enable-source-maps', join(root, entry), command, ...args], {
    stdio: 'inherit',
    cwd: root,
  });
} catch (error) {
  process.exit(error.status ?? 1);
}
