import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS } from '@parity/platform/tools';

const root = join(__dirname, '../..');

describe('migrations', () => {
  it('are all listed in migrations/index.ts, in order', () => {
    const files = readdirSync(join(root, 'libs/platform/src/migrations'))
      .filter((file) => /^Migration\d{14}/.test(file))
      .map((file) => file.replace(/\.ts$/, ''))
      .sort();
    expect(MIGRATIONS.map((migration) => migration.name)).toEqual(files);
  });

  it('match the entities: a migrated database needs no further change (an entity change without a migration fails here)', () => {
    const output = execFileSync(
      process.execPath,
      [join(root, 'dist/server/libs/platform/src/cli.js'), 'db:migration:check'],
      {
        env: process.env,
        encoding: 'utf8',
      },
    );
    expect(output).toContain('migrations match the entities');
  });
});
