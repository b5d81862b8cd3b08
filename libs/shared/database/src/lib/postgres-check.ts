import { Client } from 'pg';
import { ServiceUnavailableError } from './service-unavailable.error';
import { databaseName, describePostgres, withDatabase } from './postgres-url';

const START_HINT =
  'Start it (on Debian: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start), or set DATABASE_URL to a server that runs.';

async function connect(url: string, timeoutMs: number): Promise<Client> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/** True when something answers as PostgreSQL at the URL's server (any database). */
export async function isPostgresAnswering(url: string, timeoutMs = 2000): Promise<boolean> {
  try {
    const client = await connect(withDatabase(url, 'postgres'), timeoutMs);
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** Creates the URL's database when missing; throws ServiceUnavailableError when the server does not answer. */
export async function ensureDatabase(url: string, timeoutMs = 3000): Promise<void> {
  let client: Client;
  try {
    client = await connect(withDatabase(url, 'postgres'), timeoutMs);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ServiceUnavailableError('PostgreSQL', describePostgres(url), `(${reason}) ${START_HINT}`);
  }
  try {
    const name = databaseName(url);
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) {
      await client.query(`create database "${name.replace(/"/g, '""')}"`);
    }
  } finally {
    await client.end();
  }
}

/** Drops a database this process created (used by test runs for their own random databases only). */
export async function dropDatabase(url: string): Promise<void> {
  const client = await connect(withDatabase(url, 'postgres'), 3000);
  try {
    await client.query(`drop database if exists "${databaseName(url).replace(/"/g, '""')}" with (force)`);
  } finally {
    await client.end();
  }
}

/** Throws ServiceUnavailableError with a one-sentence hint when PostgreSQL does not answer. */
export async function assertPostgresReachable(url: string, timeoutMs = 3000): Promise<void> {
  try {
    const client = await connect(url, timeoutMs);
    await client.query('select 1');
    await client.end();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ServiceUnavailableError('PostgreSQL', describePostgres(url), `(${reason}) ${START_HINT}`);
  }
}
