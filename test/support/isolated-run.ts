import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { dropDatabase, withDatabase, databaseName } from '@parity/shared/database';

const root = join(__dirname, '../..');

export interface IsolatedRun {
  /** Creates and migrates the file's own database (about a second). */
  migrate(): void;
  /** Drops it (the global teardown only knows the run's shared database). */
  drop(): Promise<void>;
}

/**
 * Gives one spec file its own database and Redis prefix, derived from the run's. Reminder sweeps are global (every
 * active enrolment of the database), and any worker started by another spec file runs the scheduled sweep and
 * relays: with a shared database they would deliver each other's reminders to each other's SMTP servers. Call at
 * module level, before a Nest context or a worker process reads the configuration.
 */
export function isolatedRun(suffix: string): IsolatedRun {
  const base = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/parity_test';
  const url = withDatabase(base, `${databaseName(base)}_${suffix.replace(/\W/g, '_')}`);
  process.env['DATABASE_URL'] = url;
  process.env['REDIS_PREFIX'] = `${process.env['REDIS_PREFIX'] ?? 'parity-test'}-${suffix}`;
  return {
    migrate() {
      execFileSync(process.execPath, [join(root, 'dist/server/libs/platform/src/cli.js'), 'db:migrate'], {
        cwd: root,
        env: process.env,
        stdio: ['ignore', 'ignore', 'inherit'],
      });
    },
    drop: () => dropDatabase(url),
  };
}
