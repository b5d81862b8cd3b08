#!/usr/bin/env node
// `npm run typecheck`: strict TypeScript for the server side and the Vue app.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const checks = [
  ['server', join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json']],
  ['web', join(root, 'node_modules/.bin/vue-tsc'), ['--noEmit', '-p', 'apps/web/tsconfig.json']],
];
let failed = false;
for (const [name, bin, args] of checks) {
  const run = spawnSync(bin, args, { cwd: root, stdio: 'inherit' });
  console.log(`typecheck ${name}: ${run.status === 0 ? 'ok' : 'failed'}`);
  failed ||= run.status !== 0;
}
process.exit(failed ? 1 : 0);
