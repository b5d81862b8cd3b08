// Creates this run's own database (random name, migrated) and Redis key prefix; workers inherit them by env.
const { randomBytes } = require('node:crypto');
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

module.exports = async function globalSetup() {
  const root = join(__dirname, '../..');
  const id = randomBytes(4).toString('hex');
  const base = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const url = new URL(base);
  url.pathname = `/parity_test_${id}`;
  process.env.DATABASE_URL = url.toString();
  process.env.REDIS_PREFIX = `parity-test-${id}`;
  process.env.NODE_ENV = 'test';
  process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'silent';
  process.env.PUBLIC_URL = 'http://parity.test';
  process.env.PARITY_TEST_RUN = id;
  process.env.STORAGE_DIR = join(require('node:os').tmpdir(), `parity-test-files-${id}`);
  execFileSync(process.execPath, [join(root, 'scripts/build-server.mjs')], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  execFileSync(process.execPath, [join(root, 'dist/server/libs/platform/src/cli.js'), 'db:migrate'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: process.env,
  });
};
