/**
 * The reminder sweeps over 100,000 active enrolments (a realistic mix, 55 % of them due), run in a process of their
 * own as the worker runs them: time to find, write and enqueue the due reminders; that jobs enqueued = reminders
 * written and a second sweep writes nothing; the sweeping process's peak memory against a 10,000-enrolment sweep
 * measured first in the same run; and the api's latency (a separate process, real HTTP, ~20 requests/s of a signed-in
 * learner's query) during the sweep as a ratio to idle. Run: npx jest -c test/bench/jest.config.js reminder-sweep
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role, type Institution } from '@parity/identity';
import { JobProducer, QueueName } from '@parity/shared/queue';
import { given, givenPublishedCourse, TEST_PASSWORD } from '@parity/shared/testing';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { waitFor } from '../support/wait-for';
import { givenEnrolmentMix, type DueReminders } from './support/enrolment-mix';

process.env['REDIS_PREFIX'] = `${process.env['REDIS_PREFIX'] ?? 'parity-test'}-bench-sweep`;

const ENROLMENTS = Number(process.env['BENCH_ENROLMENTS'] ?? 100_000);
const BASELINE = 10_000;
/** Requests per second from the learner, and how long each window lasts. */
const RATE = 20;
const WARM_UP_MS = 3000;
const IDLE_MS = 10_000;
const root = join(__dirname, '../..');
/** The node flags `npm start` and the images give the worker. */
const SWEEP_NODE_ARGS = ['--max-old-space-size=256'];
const QUERY = `{ myLearning { nodes { id } } unreadNotificationCount }`;
const KINDS: (keyof DueReminders)[] = ['due_soon', 'overdue', 'not_started', 'inactive'];

interface SweepRun {
  ms: number;
  cpuMs: number;
  results: { kind: string; examined: number; written: number }[];
  bootRssKib: number;
  bootPeakKib: number;
  endRssKib: number;
  sweepPeakKib: number;
}

type Phase = 'warm-up' | 'idle' | 'sweep' | 'after';

const mb = (kib: number): number => Math.round(kib / 102.4) / 10;
const sum = (run: SweepRun, key: 'examined' | 'written'): number =>
  run.results.reduce((total, result) => total + result[key], 0);
/** Nearest-rank percentile of a list of milliseconds. */
const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject()));
    });
  });
}

/** Runs sweep-once.js in a new process; `onReady` is called once it has booted and starts sweeping. */
function sweepOnce(onReady?: () => void): Promise<SweepRun> {
  const child = spawn(process.execPath, [...SWEEP_NODE_ARGS, join(__dirname, 'support/sweep-once.js')], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let run: SweepRun | null = null;
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      const message = JSON.parse(line) as { ready: true } | SweepRun;
      if ('ready' in message) onReady?.();
      else run = message;
    });
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0 && run ? resolve(run) : reject(new Error(`the sweep process exited with ${code}`)),
    );
  });
}

/**
 * Sends the query every 1/RATE s whatever the previous one is doing (open loop, so a slow answer cannot hide the
 * next) and files each latency under the phase current when it was sent.
 */
function latencySampler(url: string, cookie: string) {
  const samples: Record<Phase, number[]> = { 'warm-up': [], idle: [], sweep: [], after: [] };
  const inFlight = new Set<Promise<void>>();
  let failures = 0;
  const state = { phase: 'warm-up' as Phase };
  const timer = setInterval(() => {
    const phase = state.phase;
    const started = performance.now();
    const request = fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: QUERY }),
    })
      .then(async (response) => {
        const body = (await response.json()) as { errors?: unknown[] };
        if (!response.ok || body.errors?.length) failures++;
        else samples[phase].push(performance.now() - started);
      })
      .catch(() => {
        failures++;
      })
      .finally(() => inFlight.delete(request));
    inFlight.add(request);
  }, 1000 / RATE);
  return {
    state,
    samples,
    failures: () => failures,
    async stop(): Promise<void> {
      clearInterval(timer);
      await Promise.all(inFlight);
    },
  };
}

describe('benchmark: reminder sweeps over 100,000 enrolments', () => {
  let app: INestApplicationContext;
  let api: ChildProcess;
  let apiUrl: string;
  const em = (): EntityManager => app.get(MikroORM).em.fork() as EntityManager;

  beforeAll(async () => {
    app = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    const port = await freePort();
    apiUrl = `http://127.0.0.1:${port}`;
    api = spawn(process.execPath, [join(root, 'dist/server/apps/api/src/main.js')], {
      cwd: root,
      env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await waitFor(
      async () => {
        try {
          return (await fetch(`${apiUrl}/health/ready`)).ok ? true : undefined;
        } catch {
          return undefined;
        }
      },
      { timeoutMs: 60_000, intervalMs: 200 },
    );
  });
  afterAll(async () => {
    if (api && api.exitCode === null) {
      const exited = new Promise((resolve) => api.once('exit', resolve));
      api.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (api.exitCode === null) api.kill('SIGKILL');
    }
    for (const queue of Object.values(QueueName))
      await app.get(JobProducer).queue(queue).obliterate({ force: true });
    await app.close();
  });

  async function course(institution: Institution) {
    const author = await given(em()).user({ institution, roles: [Role.TRAINER] });
    return givenPublishedCourse(em(), { institution, author });
  }

  async function enrolments(count: number, tag: string) {
    const g = given(em());
    const institution = await g.institution();
    await g.user({ institution, roles: [Role.INSTITUTION_ADMIN] }); // receives the weekly escalation digest
    const fixture = await course(institution);
    const due = await givenEnrolmentMix(em(), {
      institutionId: institution.id,
      courseId: fixture.course.id,
      versionId: fixture.version.id,
      count,
      tag,
    });
    // As autovacuum would leave a table that grew by this much (fresh statistics, visibility map).
    await em().execute(`vacuum analyze enrolment, user_account`);
    return { institution, courseId: fixture.course.id, versionId: fixture.version.id, due };
  }

  /** Reminders written for the course's enrolments, per kind. */
  async function writtenFor(courseId: string): Promise<DueReminders> {
    const rows = await em().execute<{ kind: keyof DueReminders; n: string }[]>(
      `select n.kind, count(*) as n from notification n join enrolment e on e.id = n.target_id
       where e.course_id = ? group by n.kind`,
      [courseId],
    );
    const written: DueReminders = { due_soon: 0, overdue: 0, not_started: 0, inactive: 0 };
    for (const row of rows) written[row.kind] = Number(row.n);
    return written;
  }

  const queued = (): Promise<number> => app.get(JobProducer).queue(QueueName.notifications).count();

  async function signIn(institution: Institution, courseId: string, versionId: string): Promise<string> {
    const learner = await given(em()).user({ institution });
    await em().execute(
      `insert into enrolment (id, created_at, user_id, course_id, version_id, status, source, last_activity_at)
       values (gen_random_uuid(), now(), ?, ?, ?, 'active', 'self', now())`,
      [learner.id, courseId, versionId],
    );
    const response = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation($input: LoginInput!) { login(input: $input) { id } }`,
        variables: { input: { email: learner.email, password: TEST_PASSWORD } },
      }),
    });
    const cookie = response.headers.getSetCookie()[0]?.split(';')[0];
    if (!response.ok || !cookie)
      throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
    return cookie;
  }

  it('finds and enqueues the due reminders of 100,000 enrolments in ≤ 30 s with flat memory', async () => {
    const baseline = await enrolments(BASELINE, 'base');
    const learnerCookie = await signIn(baseline.institution, baseline.courseId, baseline.versionId);
    const queuedBefore = await queued();
    const small = await sweepOnce();
    const queuedAfterSmall = await queued();

    const large = await enrolments(ENROLMENTS, 'main');
    const sampler = latencySampler(`${apiUrl}/graphql`, learnerCookie);
    await new Promise((resolve) => setTimeout(resolve, WARM_UP_MS));
    sampler.state.phase = 'idle';
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
    sampler.state.phase = 'after'; // the sweep process's boot is not the sweep
    let main: SweepRun;
    try {
      main = await sweepOnce(() => (sampler.state.phase = 'sweep'));
    } finally {
      await sampler.stop();
    }
    const queuedAfterMain = await queued();
    const again = await sweepOnce();
    const queuedAfterAgain = await queued();

    const expected = large.due;
    const written = await writtenFor(large.courseId);
    const baselineWritten = await writtenFor(baseline.courseId);
    const expectedTotal = KINDS.reduce((total, kind) => total + expected[kind], 0);
    const idle = sampler.samples.idle;
    const during = sampler.samples.sweep;
    const latency = {
      idleP50: percentile(idle, 50),
      idleP95: percentile(idle, 95),
      sweepP50: percentile(during, 50),
      sweepP95: percentile(during, 95),
    };
    const p50Ratio = latency.sweepP50 / latency.idleP50;
    const p95Ratio = latency.sweepP95 / latency.idleP95;
    const processPeak = (run: SweepRun): number => Math.max(run.bootPeakKib, run.sweepPeakKib);
    const peakMb = mb(Math.max(processPeak(small), processPeak(main), processPeak(again)));
    const memoryRatio = main.sweepPeakKib / small.sweepPeakKib;
    const seconds = main.ms / 1000;
    const met = (ok: boolean): string => (ok ? 'met' : 'NOT met');
    const perKind = (run: SweepRun): string =>
      run.results
        .filter((result) => result.written > 0)
        .map((result) => `${result.kind.replace('_', '-')} ${result.written}`)
        .join(', ');
    const ms = (value: number): string => value.toFixed(1);
    const lines = [
      `reminder sweeps over ${ENROLMENTS} active enrolments (${expectedTotal} due) vs a baseline of ${BASELINE}, in a process of their own`,
      `  written           ${sum(main, 'written')} reminders (${perKind(main)}); jobs enqueued ${queuedAfterMain - queuedAfterSmall}`,
      `  baseline          ${sum(small, 'written')} reminders (${perKind(small)}); jobs enqueued ${queuedAfterSmall - queuedBefore}`,
      `  sweeping again    ${sum(again, 'written')} written, ${queuedAfterAgain - queuedAfterMain} enqueued (${sum(again, 'examined')} examined in ${(again.ms / 1000).toFixed(1)} s)`,
      `  time              ${seconds.toFixed(1)} s (sweep process CPU ${(main.cpuMs / 1000).toFixed(1)} s) vs ${(small.ms / 1000).toFixed(1)} s  → ×${(main.ms / small.ms).toFixed(2)} for ×${(sum(main, 'examined') / sum(small, 'examined')).toFixed(1)} rows examined (${sum(main, 'examined')} vs ${sum(small, 'examined')}, over ${main.results.length} kinds)`,
      `  sweep peak rss    ${mb(main.sweepPeakKib)} MB vs ${mb(small.sweepPeakKib)} MB  → ×${memoryRatio.toFixed(2)} (booted: ${mb(main.bootRssKib)} MB; process peak incl. boot ${peakMb} MB)`,
      `  api latency idle  p50 ${ms(latency.idleP50)} ms, p95 ${ms(latency.idleP95)} ms (${idle.length} requests at ${RATE}/s)`,
      `  during the sweep  p50 ${ms(latency.sweepP50)} ms, p95 ${ms(latency.sweepP95)} ms (${during.length} requests)  → p50 ×${p50Ratio.toFixed(2)}, p95 ×${p95Ratio.toFixed(2)} of idle; ${sampler.failures()} failed`,
      `  targets           ≤ 30 s: ${met(seconds <= 30)}; peak < 300 MB: ${met(peakMb < 300)}; flat (×< 1.3): ${met(memoryRatio < 1.3)}; api p95 ≤ ×1.5 of idle: ${met(p95Ratio <= 1.5)}`,
    ];
    process.stdout.write(`\n${lines.join('\n')}\n\n`);

    expect(written).toEqual(expected);
    expect(baselineWritten).toEqual(baseline.due);
    expect(queuedAfterSmall - queuedBefore).toBe(sum(small, 'written'));
    expect(queuedAfterMain - queuedAfterSmall).toBe(sum(main, 'written'));
    expect(sum(again, 'written')).toBe(0);
    expect(queuedAfterAgain).toBe(queuedAfterMain);
    expect(seconds).toBeLessThanOrEqual(30);
    expect(peakMb).toBeLessThan(300);
    expect(memoryRatio).toBeLessThan(1.3);
    expect(sampler.failures()).toBe(0);
  });
});
