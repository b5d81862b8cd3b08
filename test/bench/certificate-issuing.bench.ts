/**
 * Certificate issuing in one worker process: 10,000 completions delivered through the event outbox → certificates
 * (PDF rendered and stored, row, e-mail) per second, as a ratio to the bare PDF rendering loop measured in the same
 * run, and the worker's resident memory while it issues (sampled from /proc: after the first 2,000 and at the end,
 * and its peak). Run: npx jest -c test/bench/jest.config.js certificate-issuing
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CertificatePdfRenderer } from '@parity/certification';
import { Role } from '@parity/identity';
import { JobName, JobProducer, QueueName } from '@parity/shared/queue';
import { given, givenPublishedCourse } from '@parity/shared/testing';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { givenCompletions } from '../support/completions';
import { waitFor } from '../support/wait-for';

process.env['REDIS_PREFIX'] = `${process.env['REDIS_PREFIX'] ?? 'parity-test'}-bench-issuing`;

const CERTIFICATES = Number(process.env['BENCH_CERTIFICATES'] ?? 10_000);
const WARM_UP = 200;
const PDF_LOOP = 1000;
const root = join(__dirname, '../..');
/** The node flags `npm start` and the images give the worker; BENCH_WORKER_NODE_ARGS tries others (--cpu-prof). */
const WORKER_NODE_ARGS = '--max-old-space-size=256';
const mb = (kib: number): number => Math.round(kib / 102.4) / 10;

/** Resident and peak resident memory of a process, in KiB, from /proc (Linux). */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string): number => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: field('VmRSS'), peak: field('VmHWM') };
}

describe('benchmark: issuing certificates in one worker process', () => {
  let app: INestApplicationContext;
  let worker: ChildProcess;
  const em = (): EntityManager => app.get(MikroORM).em.fork() as EntityManager;

  beforeAll(async () => {
    app = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
  });
  afterAll(async () => {
    if (worker && worker.exitCode === null) {
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.kill('SIGTERM'); // a graceful stop, so that a --cpu-prof run writes its profile
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      worker.kill('SIGKILL');
    }
    for (const queue of Object.values(QueueName))
      await app.get(JobProducer).queue(queue).obliterate({ force: true });
    await app.close();
  });

  async function completions(count: number, tag: string) {
    const g = given(em());
    const institution = await g.institution();
    const author = await g.user({ institution, roles: [Role.TRAINER] });
    const fixture = await givenPublishedCourse(em(), {
      institution,
      author,
      title: {
        en: 'Benchmark: gender perspective in operations',
        'sr-Cyrl': 'Родна перспектива у операцијама',
      },
    });
    return givenCompletions(em(), {
      institutionId: institution.id,
      courseId: fixture.course.id,
      versionId: fixture.version.id,
      count,
      tag,
    });
  }

  const issuedFor = async (enrolmentIds: string[]): Promise<number> =>
    Number(
      (
        await em().execute<{ n: string }[]>(
          `select count(*) as n from certificate where enrolment_id = any(?::uuid[])`,
          [`{${enrolmentIds.join(',')}}`],
        )
      )[0]?.n,
    );

  it('issues 10,000 certificates with flat memory and reports the rate against the bare PDF loop', async () => {
    // The bare rendering loop, in this process, at the worker's event concurrency (8).
    const renderer = app.get(CertificatePdfRenderer);
    const input = (i: number) => ({
      locale: i % 2 ? 'sr-Cyrl' : 'sq',
      timeZone: 'Europe/Belgrade',
      holderName: i % 2 ? `Јована Петровић ${i}` : `Blerina Çela ${i}`,
      courseTitle: 'Gender equality in the security sector',
      institutionName: 'Ministry of Defence',
      serialNumber: `PAR-2026-${String(i).padStart(6, '0')}`,
      issuedAt: new Date(),
      expiresAt: null,
      verificationUrl: `http://parity.test/verify/${String(i).padStart(32, '0')}`,
      template: { primaryColor: '#1d4e89', accentColor: '#c8a951', logo: null, signatories: [] },
    });
    for (let i = 0; i < 50; i++) await renderer.render(input(i));
    const loopStart = performance.now();
    for (let i = 0; i < PDF_LOOP; i += 8)
      await Promise.all(Array.from({ length: 8 }, (_, j) => renderer.render(input(i + j))));
    const pdfPerSecond = PDF_LOOP / ((performance.now() - loopStart) / 1000);

    const warm = await completions(WARM_UP, 'bench-warm');
    const main = await completions(CERTIFICATES, 'bench-main');
    const nodeArgs = (process.env['BENCH_WORKER_NODE_ARGS'] ?? WORKER_NODE_ARGS).split(' ').filter(Boolean);
    worker = spawn(process.execPath, [...nodeArgs, join(root, 'dist/server/apps/worker/src/main.js')], {
      cwd: root,
      env: {
        ...process.env,
        LOG_LEVEL: 'silent',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const producer = app.get(JobProducer);
    const deliver = (eventIds: string[]) =>
      producer.enqueueMany(
        JobName.deliverEvent,
        eventIds.map((outboxEventId) => ({ outboxEventId })),
      );
    await deliver(warm.eventIds);
    await waitFor(async () => ((await issuedFor(warm.enrolmentIds)) === WARM_UP ? true : undefined), {
      timeoutMs: 120_000,
      intervalMs: 200,
    });
    const pid = worker.pid as number;
    const atStart = memoryOf(pid);

    const started = performance.now();
    await deliver(main.eventIds);
    let peakRss = atStart.rss;
    let afterFifth: number | null = null;
    await waitFor(
      async () => {
        const issued = await issuedFor(main.enrolmentIds);
        const memory = memoryOf(pid);
        peakRss = Math.max(peakRss, memory.rss);
        if (afterFifth === null && issued >= CERTIFICATES / 5) afterFifth = memory.rss;
        return issued === CERTIFICATES ? true : undefined;
      },
      { timeoutMs: 500_000, intervalMs: 250 },
    );
    const seconds = (performance.now() - started) / 1000;
    const atEnd = memoryOf(pid);
    const perSecond = CERTIFICATES / seconds;
    const lines = [
      `issue ${CERTIFICATES} certificates in one worker process (PDF + row + e-mail each, via the event outbox)`,
      `  worker            ${perSecond.toFixed(1)} certificates/s (${seconds.toFixed(1)} s)`,
      `  bare PDF loop     ${pdfPerSecond.toFixed(1)} PDFs/s (${PDF_LOOP} renders, concurrency 8, this process)`,
      `  ratio             ×${(perSecond / pdfPerSecond).toFixed(2)} of the bare rendering rate`,
      `  worker rss        ${mb(atStart.rss)} MB after warm-up, ${mb(afterFifth ?? 0)} MB after ${CERTIFICATES / 5}, ${mb(atEnd.rss)} MB at ${CERTIFICATES}; peak ${mb(Math.max(peakRss, atEnd.peak))} MB`,
    ];
    const peakMb = mb(Math.max(peakRss, atEnd.peak));
    lines.push(
      `  targets           ≥ 100 certificates/s: ${perSecond >= 100 ? 'met' : 'NOT met'}; peak < 300 MB: ${peakMb < 300 ? 'met' : 'NOT met'}`,
    );
    process.stdout.write(`\n${lines.join('\n')}\n\n`);
    expect(await issuedFor(main.enrolmentIds)).toBe(CERTIFICATES);
    // Flat: issuing the last four fifths grows the worker by less than 15 % over what it had after the first fifth.
    expect(atEnd.rss).toBeLessThan((afterFifth ?? 0) * 1.15);
    expect(peakMb).toBeLessThan(300);
  });
});
