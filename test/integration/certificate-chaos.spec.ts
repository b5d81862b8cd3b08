import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import { CertificateSweep } from '@parity/certification';
import { JobName, JobProducer, QueueName, REDIS } from '@parity/shared/queue';
import { given, givenPublishedCourse } from '@parity/shared/testing';
import { Role } from '@parity/identity';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { givenCompletions } from '../support/completions';
import { isolatedRun } from '../support/isolated-run';
import { waitFor } from '../support/wait-for';
import { WorkerFleet } from '../support/worker-fleet';

// Its own database and queues: the worker processes this file starts run every scheduled sweep, and must see
// only this file's data and jobs.
const run = isolatedRun('certificate-chaos');

const COMPLETIONS = 1000;
const WORKERS = 3;
const KILL_EVERY_MS = 2000;
/** A killed worker's jobs are taken over after this long (the default is 30 s). */
const LOCK_MS = 2000;
const root = join(__dirname, '../..');

describe('certificate issuing under SIGKILL: 1,000 completions, 3 worker processes, one killed every 2 s', () => {
  let app: INestApplicationContext;
  let em: () => EntityManager;
  const fleet = new WorkerFleet(LOCK_MS);
  const cleanups: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    run.migrate();
    app = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    em = () => app.get(MikroORM).em.fork() as EntityManager;
  });

  afterAll(async () => {
    fleet.killAll();
    for (const cleanup of cleanups) await cleanup();
    const producer = app.get(JobProducer);
    for (const queue of Object.values(QueueName)) await producer.queue(queue).obliterate({ force: true });
    await app.close();
    await run.drop();
  });

  it('ends with exactly one certificate and one e-mail per completion, none missing after the sweep', async () => {
    const g = given(em());
    const institution = await g.institution();
    const author = await g.user({ institution, roles: [Role.TRAINER] });
    const fixture = await givenPublishedCourse(em(), {
      institution,
      author,
      title: {
        en: 'Chaos drill: gender perspective in operations',
        'sr-Cyrl': 'Родна перспектива у операцијама',
      },
    });
    const { enrolmentIds, eventIds } = await givenCompletions(em(), {
      institutionId: institution.id,
      courseId: fixture.course.id,
      versionId: fixture.version.id,
      count: COMPLETIONS,
      tag: 'chaos',
    });

    const connection = app.get<Redis>(REDIS).duplicate();
    const queueEvents = new QueueEvents(QueueName.events, {
      connection,
      prefix: process.env['REDIS_PREFIX'],
    });
    cleanups.push(async () => {
      await queueEvents.close();
      connection.disconnect();
    });
    let stalled = 0;
    queueEvents.on('stalled', () => (stalled += 1));
    await queueEvents.waitUntilReady();

    const started = Date.now();
    fleet.start(WORKERS);
    await app.get(JobProducer).enqueueMany(
      JobName.deliverEvent,
      eventIds.map((outboxEventId) => ({ outboxEventId })),
    );

    const issued = async (): Promise<number> =>
      Number(
        (
          await em().execute<{ n: string }[]>(
            `select count(*) as n from certificate where enrolment_id = any(?::uuid[])`,
            [`{${enrolmentIds.join(',')}}`],
          )
        )[0]?.n,
      );
    fleet.killOneEvery(KILL_EVERY_MS);
    try {
      await waitFor(async () => ((await issued()) === COMPLETIONS && stalled > 0 ? true : undefined), {
        timeoutMs: 150_000,
        intervalMs: 500,
      });
    } finally {
      fleet.stopKilling();
    }
    const beforeSweep = await issued();
    const wallMs = Date.now() - started;
    await fleet.stop();

    const swept = await app.get(CertificateSweep).run({ graceMs: 0, batch: 5000 });
    const [counts] = await em().execute<{ certificates: string; enrolments: string; emails: string }[]>(
      `select count(*) as certificates, count(distinct c.enrolment_id) as enrolments,
         (select count(*) from email_message m join user_account u on u.email = m.to_address
          where m.kind = 'certificate-issued' and u.email like 'chaos-chaos-%') as emails
       from certificate c where c.enrolment_id = any(?::uuid[])`,
      [`{${enrolmentIds.join(',')}}`],
    );
    const figures = {
      completions: COMPLETIONS,
      workers: WORKERS,
      kills: fleet.kills,
      stalledJobs: stalled,
      certificates: Number(counts?.certificates),
      duplicates: Number(counts?.certificates) - Number(counts?.enrolments),
      missingBeforeSweep: COMPLETIONS - beforeSweep,
      issuedBySweep: swept.issued,
      emails: Number(counts?.emails),
      wallSeconds: Math.round(wallMs / 100) / 10,
    };
    mkdirSync(join(root, 'tmp'), { recursive: true });
    writeFileSync(join(root, 'tmp/certificate-chaos.json'), `${JSON.stringify(figures, null, 2)}\n`);

    expect(figures.kills).toBeGreaterThan(0);
    expect(figures.stalledJobs).toBeGreaterThan(0);
    expect(figures.certificates).toBe(COMPLETIONS);
    expect(figures.duplicates).toBe(0);
    expect(figures.emails).toBe(COMPLETIONS);
  }, 240_000);
});
