// Drops this run's database and deletes this run's Redis keys (by prefix only; never FLUSHALL).
const { join } = require('node:path');

module.exports = async function globalTeardown() {
  if (!process.env.PARITY_TEST_RUN) return;
  const root = join(__dirname, '../..');
  const { dropDatabase } = require(join(root, 'dist/server/libs/shared/database/src/index.js'));
  const { Redis } = require('ioredis');
  await dropDatabase(process.env.DATABASE_URL);
  if (process.env.STORAGE_DIR)
    require('node:fs').rmSync(process.env.STORAGE_DIR, { recursive: true, force: true });
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${process.env.REDIS_PREFIX}*`, 'COUNT', 500);
    cursor = next;
    if (keys.length) await redis.del(...keys);
  } while (cursor !== '0');
  await redis.quit();
};
