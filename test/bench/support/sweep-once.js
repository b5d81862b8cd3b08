// Runs the reminder sweeps once in a process of its own, as the worker does (a Nest application context of the
// worker module from dist/server, no queue workers started), for reminder-sweep.bench.ts. Prints two JSON lines on
// stdout: {"ready":…} once booted, then the sweep's duration, its CPU time in this process, results and memory
// (KiB, from /proc: Linux).
// Peak memory is measured twice: the process's high-water mark while booting, then (after resetting it through
// /proc/self/clear_refs) the high-water mark of the sweep alone.
require('reflect-metadata');
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { NestFactory } = require('@nestjs/core');

const dist = join(__dirname, '../../../dist/server');
const { WorkerModule } = require(join(dist, 'apps/worker/src/worker.module.js'));
const { ReminderSweep } = require(join(dist, 'libs/notifications/src/index.js'));

function memory() {
  const status = readFileSync('/proc/self/status', 'utf8');
  const field = (name) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: field('VmRSS'), peak: field('VmHWM') };
}

async function main() {
  const app = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
  const sweep = app.get(ReminderSweep);
  const boot = memory();
  writeFileSync('/proc/self/clear_refs', '5'); // resets VmHWM to the current resident size
  process.stdout.write(`${JSON.stringify({ ready: true, rssKib: boot.rss })}\n`);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const results = await sweep.runAll();
  const ms = performance.now() - started;
  const { user, system } = process.cpuUsage(cpu);
  const end = memory();
  await app.close();
  process.stdout.write(
    `${JSON.stringify({
      ms,
      cpuMs: (user + system) / 1000,
      results,
      bootRssKib: boot.rss,
      bootPeakKib: boot.peak,
      endRssKib: end.rss,
      sweepPeakKib: end.peak,
    })}\n`,
  );
}

main().catch((error) => {
  process.stderr.write(
    `sweep-once failed: ${error instanceof Error ? (error.stack ?? error.message) : error}\n`,
  );
  process.exit(1);
});
