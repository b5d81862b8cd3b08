#!/usr/bin/env node
// `npm run test:browser`: builds Parity, starts api + worker on a fresh database and Redis prefix (demo data loaded),
// runs the Playwright journeys in Debian's Chromium, tears everything down, and ends with "N passed, N failed".
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const require = createRequire(import.meta.url);
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`Browser tests need Chromium at ${chromium}: apt-get install -y chromium`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const id = randomBytes(4).toString('hex');
const port = 3300 + (parseInt(id.slice(0, 4), 16) % 500);
const base = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
base.pathname = `/parity_browser_${id}`;
const env = {
  ...process.env,
  NODE_ENV: 'test',
  DATABASE_URL: base.toString(),
  REDIS_PREFIX: `parity-browser-${id}`,
  PORT: String(port),
  PUBLIC_URL: `http://127.0.0.1:${port}`,
  LOG_LEVEL: 'warn',
  SMTP_URL: '',
  BASE_URL: `http://127.0.0.1:${port}`,
};
const node = (args, options = {}) =>
  execFileSync(process.execPath, args, { cwd: root, env, stdio: 'inherit', ...options });

node([join(root, 'scripts/build-server.mjs')]);
execFileSync(
  join(root, 'node_modules/.bin/vite'),
  ['build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn'],
  { cwd: root, stdio: 'inherit' },
);
const cli = join(root, 'dist/server/libs/platform/src/cli.js');
node([cli, 'db:migrate'], { stdio: ['ignore', 'ignore', 'inherit'] });
node([cli, 'db:seed'], { stdio: ['ignore', 'ignore', 'inherit'] });

const children = ['api', 'worker'].map((app) =>
  spawn(process.execPath, [join(root, `dist/server/apps/${app}/src/main.js`)], {
    cwd: root,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  }),
);

async function cleanup() {
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve))),
    ),
  );
  const { dropDatabase } = require(join(root, 'dist/server/libs/shared/database/src/index.js'));
  await dropDatabase(env.DATABASE_URL).catch(() => undefined);
  const { Redis } = require('ioredis');
  const redis = new Redis(env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${env.REDIS_PREFIX}:*`, 'COUNT', 500);
    cursor = next;
    if (keys.length) await redis.del(...keys);
  } while (cursor !== '0');
  await redis.quit();
}

let status = 1;
let passed = 0;
let failed = 0;
try {
  let up = false;
  for (let i = 0; i < 120 && !up; i++) {
    up = await fetch(`${env.BASE_URL}/health/ready`)
      .then((r) => r.ok)
      .catch(() => false);
    if (!up) await new Promise((resolve) => setTimeout(resolve, 500));
  }
  if (!up) throw new Error('the api did not become ready');
  const results = join(root, 'tmp/test-results');
  mkdirSync(results, { recursive: true });
  const run = spawnSync(
    join(root, 'node_modules/.bin/jest'),
    ['-c', 'test/browser/jest.config.js', '--ci', '--json', `--outputFile=${join(results, 'browser.json')}`],
    {
      cwd: root,
      env,
      stdio: 'inherit',
    },
  );
  const report = JSON.parse(readFileSync(join(results, 'browser.json'), 'utf8'));
  passed = report.numPassedTests;
  failed = report.numFailedTests + report.numRuntimeErrorTestSuites;
  status = run.status === 0 && failed === 0 && passed > 0 ? 0 : 1;
} catch (error) {
  console.error(`Browser tests could not run: ${error.message}`);
  failed = Math.max(failed, 1);
} finally {
  await cleanup();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(status);
