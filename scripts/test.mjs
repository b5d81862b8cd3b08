#!/usr/bin/env node
// `npm test`: the whole suite: server unit, integration and API end-to-end tests (Jest, real PostgreSQL and Redis,
// one fresh database per run) and the web app's unit tests (Vitest). Ends with one line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const out = join(root, 'tmp/test-results');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const bin = (name) => join(root, 'node_modules/.bin', name);
const extra = process.argv.slice(2);

const jest = spawnSync(bin('jest'), ['--ci', '--json', `--outputFile=${join(out, 'jest.json')}`, ...extra], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NX_DAEMON: 'false' },
});
const vitest = extra.length
  ? { status: 0 }
  : spawnSync(
      bin('vitest'),
      [
        'run',
        '--config',
        'apps/web/vite.config.mts',
        '--reporter=default',
        '--reporter=json',
        `--outputFile=${join(out, 'vitest.json')}`,
      ],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );

const tiers = { unit: [0, 0], integration: [0, 0], e2e: [0, 0], web: [0, 0] };
const tierOf = (file) => {
  const path = relative(root, file);
  if (path.startsWith('test/api/')) return 'e2e';
  if (path.startsWith('test/integration/') || path.endsWith('.int.spec.ts')) return 'integration';
  if (path.startsWith('apps/web/')) return 'web';
  return 'unit';
};
const count = (file, status) => {
  const tier = tiers[tierOf(file)];
  if (status === 'passed') tier[0]++;
  else if (status === 'failed') tier[1]++;
};
let broken = 0;
for (const name of ['jest.json', 'vitest.json']) {
  const path = join(out, name);
  if (!existsSync(path)) {
    if (name === 'jest.json' || !extra.length) broken++;
    continue;
  }
  const report = JSON.parse(readFileSync(path, 'utf8'));
  for (const suite of report.testResults) {
    if (suite.status === 'failed' && suite.assertionResults.length === 0) broken++;
    for (const test of suite.assertionResults) count(suite.name, test.status);
  }
}
const passed = Object.values(tiers).reduce((sum, [p]) => sum + p, 0);
const failed = Object.values(tiers).reduce((sum, [, f]) => sum + f, 0) + broken;
console.log(
  `\nTests by tier: ${Object.entries(tiers)
    .map(([tier, [p, f]]) => `${tier} ${p + f}`)
    .join(', ')}`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(jest.status === 0 && vitest.status === 0 && failed === 0 && passed > 0 ? 0 : 1);
