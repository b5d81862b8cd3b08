/* eslint-disable no-console -- a command-line tool prints for people */
import { NoteCipher } from '@parity/coaching';
import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { loadConfig, ConfigError } from '@parity/shared/config';
import { ensureDatabase, ServiceUnavailableError } from '@parity/shared/database';
import { PasswordHasher } from '@parity/identity';
import { MIGRATIONS } from './migrations';
import { MIGRATIONS_SOURCE_DIR, platformOrmOptions } from './orm.config';
import { writeMigrationIndex } from './migrations/write-index';
import { DEMO_PASSWORD, seedDemo } from './seed/demo-seeder';
import { DEMO_REGIONAL_DATA, seedRegionalData } from './seed/regional-data';

async function withOrm<T>(run: (orm: MikroORM) => Promise<T>): Promise<T> {
  const config = loadConfig();
  if (!process.env['PARITY_EMBEDDED_DB']) await ensureDatabase(config.DATABASE_URL);
  const orm = await MikroORM.init(
    platformOrmOptions(config.DATABASE_URL, 2, { migrations: MIGRATIONS, extensions: [Migrator] }),
  );
  try {
    return await run(orm);
  } finally {
    await orm.close(true);
  }
}

const commands: Record<string, (args: string[]) => Promise<void>> = {
  async 'db:migrate'() {
    await withOrm(async (orm) => {
      const applied = await orm.migrator.up();
      console.log(
        `db:migrate: ${applied.length} migration(s) applied${applied.length ? `: ${applied.map((m) => m.name).join(', ')}` : ''}`,
      );
    });
  },
  async 'db:seed'(args) {
    const config = loadConfig();
    const hash = await new PasswordHasher(config).hash(DEMO_PASSWORD);
    await withOrm(async (orm) => {
      const result = await seedDemo(orm.em.fork(), hash, new NoteCipher(config));
      // The dashboards' regional data set (generated people, in-app reminders only); once per database.
      const regional = await seedRegionalData(orm.em.fork(), DEMO_REGIONAL_DATA);
      if (regional.created)
        console.log(
          `db:seed: regional data set: ${regional.learners} learners, ${regional.enrolments} enrolments, ` +
            `${regional.completions} completions, ${regional.certificates} certificates (${regional.ms} ms)`,
        );
      if (args.includes('--json')) console.log(JSON.stringify(result));
      else
        console.log(
          result.created
            ? 'db:seed: demo data loaded'
            : 'db:seed: demo data already present, nothing changed',
        );
    });
  },
  async 'db:migration:create'(args) {
    await withOrm(async (orm) => {
      const result = await orm.migrator.createMigration(
        MIGRATIONS_SOURCE_DIR,
        args.includes('--blank'),
        false,
        args.find((a) => !a.startsWith('--')),
      );
      if (!result.fileName) {
        console.log('db:migration:create: no changes, no migration written');
        return;
      }
      writeMigrationIndex(MIGRATIONS_SOURCE_DIR);
      console.log(`db:migration:create: wrote ${result.fileName} and updated migrations/index.ts`);
    });
  },
  async 'db:migration:check'() {
    await withOrm(async (orm) => {
      const pending = await orm.migrator.checkMigrationNeeded();
      if (pending) throw new Error('Entities differ from the migrations: run npm run db:migration:create');
      console.log('db:migration:check: migrations match the entities');
    });
  },
};

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.error(`Usage: cli <${Object.keys(commands).join('|')}>`);
    process.exit(2);
  }
  await command(args);
}

main().catch((error: unknown) => {
  if (error instanceof ServiceUnavailableError || error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
