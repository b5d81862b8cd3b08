import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../..');

describe('the embedded PostgreSQL (PGlite) of `npm start` without a database server', () => {
  it('takes every migration (extensions included) and the demo with its regional data set', () => {
    const result = spawnSync(process.execPath, [join(root, 'test/support/embedded-seed.mjs')], {
      env: process.env,
      encoding: 'utf8',
      timeout: 150_000,
    });
    const output = `${result.stdout}${result.stderr}`;
    expect(output).toMatch(/db:migrate: \d+ migration\(s\) applied/);
    expect(output).toContain('db:seed: regional data set: 1500 learners');
    expect(output).toContain('db:seed: demo data loaded');
    expect(result.status).toBe(0);
  }, 180_000);
});
