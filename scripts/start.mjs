#!/usr/bin/env node
// `npm start`: build, check PostgreSQL and Redis (or run an embedded PostgreSQL), migrate, seed once,
// run api + worker, and print the address and the demo logins.
import { spawn, execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const require = createRequire(import.meta.url);
const started = Date.now();
process.env.LOG_LEVEL ??= 'warn';
const EMBEDDED_PORT = Number(process.env.PARITY_EMBEDDED_PORT ?? 54329);
const children = [];
let embedded = null;

const say = (text) => process.stdout.write(`parity: ${text}\n`);
const fail = (text) => {
  process.stderr.write(`${text}\n`);
  shutdown(1);
};

/** Runs a node script and waits for it without blocking this process (the embedded PostgreSQL lives here). */
function run(args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: process.env,
      stdio: options.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${args[0]} exited with ${code}`)),
    );
  });
}

async function shutdown(code = 0) {
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve))),
    ),
  );
  if (embedded) await embedded.stop().catch(() => undefined);
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

async function main() {
  say('building the server…');
  await run([join(root, 'scripts/build-server.mjs')]);
  if (!process.argv.includes('--no-web-build')) {
    say('building the web app…');
    execFileSync(
      join(root, 'node_modules/.bin/vite'),
      ['build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn'],
      { cwd: root, stdio: 'inherit' },
    );
  }
  const dist = (path) => require(join(root, 'dist/server', path));
  const { loadConfig } = dist('libs/shared/config/src/index.js');
  const { isPostgresAnswering, startEmbeddedPostgres, ServiceUnavailableError } = dist(
    'libs/shared/database/src/index.js',
  );
  const { assertRedisReachable } = dist('libs/shared/queue/src/index.js');

  if (!process.env.DATABASE_URL) {
    const config = loadConfig();
    if (!(await isPostgresAnswering(config.DATABASE_URL))) {
      embedded = await startEmbeddedPostgres(join(root, '.data/pglite'), EMBEDDED_PORT);
      process.env.DATABASE_URL = embedded.url;
      process.env.PARITY_EMBEDDED_DB = '1';
      say(
        `no PostgreSQL answers on 127.0.0.1:5432 and DATABASE_URL is not set: using the embedded PostgreSQL (PGlite) on 127.0.0.1:${EMBEDDED_PORT}, data in .data/pglite`,
      );
    }
  }
  const config = loadConfig();
  try {
    await assertRedisReachable(config.REDIS_URL);
  } catch (error) {
    if (error instanceof ServiceUnavailableError) return fail(error.message);
    throw error;
  }

  const cli = join(root, 'dist/server/libs/platform/src/cli.js');
  try {
    await run([cli, 'db:migrate']);
    const seeded = JSON.parse(
      (await run([cli, 'db:seed', '--json'], { capture: true })).trim().split('\n').pop(),
    );
    say(seeded.created ? 'demo data loaded' : 'demo data already present');
    globalThis.logins = seeded.logins;
  } catch {
    return fail('Parity cannot start: preparing the database failed (see the message above).');
  }

  // The worker's memory budget: a bounded old space keeps it flat (~220 MB while issuing 10,000 certificates, see
  // test/bench/certificate-issuing.bench.ts); unbounded, V8 lets it drift past 400 MB for a few % of speed.
  const HEAP = { worker: ['--max-old-space-size=256'] };
  for (const app of ['api', 'worker']) {
    const child = spawn(
      process.execPath,
      ['--enable-source-maps', ...(HEAP[app] ?? []), join(root, `dist/server/apps/${app}/src/main.js`)],
      {
        cwd: root,
        env: process.env,
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    child.on('exit', (code) => {
      if (code !== 0 && code !== null) fail(`Parity ${app} stopped (exit code ${code}).`);
    });
    children.push(child);
  }

  const ready = `http://127.0.0.1:${config.PORT}/health/ready`;
  for (let i = 0; i < 120; i++) {
    try {
      const response = await fetch(ready);
      if (response.ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const rows = globalThis.logins.map(
    (login) => `  ${login.role.padEnd(22)} ${login.email.padEnd(26)} ${login.password}`,
  );
  process.stdout.write(
    [
      '',
      `Parity is running at ${config.PUBLIC_URL}  (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
      '',
      '  Demo logins            e-mail                     password',
      ...rows,
      '',
      config.SMTP_URL
        ? `  E-mail is sent through ${new URL(config.SMTP_URL).host}.`
        : '  No SMTP_URL: e-mails are kept in the outbox (Admin → E-mail outbox).',
      '  Press Ctrl+C to stop.',
      '',
    ].join('\n') + '\n',
  );
}

main().catch((error) => fail(`Parity cannot start: ${error?.message ?? error}`));
