import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import { Role } from '@parity/identity';
import { ReminderSweep } from '@parity/notifications';
import { JobProducer, QueueName, REDIS } from '@parity/shared/queue';
import { given, givenPublishedCourse, SmtpSink } from '@parity/shared/testing';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { waitFor } from '../support/wait-for';
import { WorkerFleet } from '../support/worker-fleet';
import { isolatedRun } from '../support/isolated-run';
import { givenReminderLearners } from '../support/reminders/reminder-learners';
import { readMail } from '../support/reminders/read-mail';

// Its own database and queues: the worker processes this file starts must see only its reminders.
const run = isolatedRun('reminders-chaos');

const LEARNERS = 2000;
const WORKERS = 3;
const KILL_EVERY_MS = 2000;
/** A killed worker's jobs are taken over after this long (the default is 30 s). */
const LOCK_MS = 2000;
/**
 * A second copy can only come from a kill between the SMTP server's acceptance and the commit of "sent": at most the
 * e-mails the killed worker had in flight (its e-mail queue's concurrency) per kill. The target is 0.5 % of
 * learners (10). Measured on this 2-core machine: 3, 4, 6 and 9 copies for 30–45 kills (most kills hit a worker still
 * starting, which holds nothing). Before the SMTP connection turned Nagle's algorithm off (connect-without-delay.ts)
 * it was 0.5–1.6 %: the message's last line waited in the worker's kernel for the server's delayed acknowledgement
 * (a send took 235 ms or more here), and a killed worker's kernel sent it as it closed the socket, so the server
 * accepted the message 15–45 ms after the kill, in clusters of all five connections. The test holds the mechanism's
 * bound and records the share in tmp/reminders-chaos.json; committing before the server's answer would trade these
 * copies for lost messages (decision 0003).
 */
const EMAIL_JOBS_IN_FLIGHT_PER_WORKER = 5;
const root = join(__dirname, '../..');

describe('reminder e-mail under SIGKILL: 2,000 reminders, 3 worker processes, one killed every 2 s', () => {
  const smtp = new SmtpSink();
  let app: INestApplicationContext;
  let em: () => EntityManager;
  const fleet = new WorkerFleet(LOCK_MS);
  const cleanups: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    run.migrate();
    // Pooled, as a sender of reminder bursts should be (see reminders-smtp.spec.ts); the workers inherit it.
    process.env['SMTP_URL'] = `${await smtp.start()}/?pool=true`;
    app = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    em = () => app.get(MikroORM).em.fork() as EntityManager;
  });

  afterAll(async () => {
    fleet.killAll();
    for (const cleanup of cleanups) await cleanup();
    await app?.close();
    await smtp.stop();
    delete process.env['SMTP_URL'];
    await run.drop();
  });

  it('delivers every reminder and sends every e-mail; a second copy only from a kill between the SMTP hand-off and the commit', async () => {
    const g = given(em());
    const institution = await g.institution();
    const author = await g.user({ institution, roles: [Role.TRAINER] });
    const fixture = await givenPublishedCourse(em(), {
      institution,
      author,
      title: { en: 'Chaos drill: reminders', 'sr-Cyrl': 'Вежба: подсетници', sq: 'Ushtrim: kujtesa' },
    });
    const learners = await givenReminderLearners(em(), {
      institutionId: institution.id,
      courseId: fixture.course.id,
      versionId: fixture.version.id,
      count: LEARNERS,
      tag: 'chaos',
    });

    let stalled = 0;
    for (const queue of [QueueName.notifications, QueueName.email]) {
      const connection = app.get<Redis>(REDIS).duplicate();
      const events = new QueueEvents(queue, { connection, prefix: process.env['REDIS_PREFIX'] });
      cleanups.push(async () => {
        await events.close();
        connection.disconnect();
      });
      events.on('stalled', () => (stalled += 1));
      await events.waitUntilReady();
    }

    const started = Date.now();
    const swept = await app.get(ReminderSweep).runAll({ now: new Date() });
    expect(swept.reduce((sum, r) => sum + r.written, 0)).toBe(LEARNERS);
    fleet.start(WORKERS);

    const progress = async (): Promise<{ delivered: number; sent: number }> => {
      const [row] = await em().execute<{ delivered: string; sent: string }[]>(
        `select
           (select count(*) from notification n join user_account u on u.id = n.user_id
            where u.email like 'rem-chaos-%' and n.status = 'delivered') as delivered,
           (select count(*) from email_message where to_address like 'rem-chaos-%' and status = 'sent') as sent`,
      );
      return { delivered: Number(row?.delivered), sent: Number(row?.sent) };
    };
    fleet.killOneEvery(KILL_EVERY_MS);
    let done: { delivered: number; sent: number } | undefined;
    try {
      done = await waitFor(
        async () => {
          const now = await progress();
          return now.delivered === LEARNERS && now.sent === LEARNERS ? now : undefined;
        },
        // Generous: a busy machine slows delivery; what is asserted is that all of it arrives, not how fast.
        { timeoutMs: 180_000, intervalMs: 250 },
      ).catch(() => undefined);
    } finally {
      fleet.stopKilling();
    }
    const wallMs = Date.now() - started;
    await fleet.stop();
    const final = done ?? (await progress());

    const failed: Record<string, number> = {};
    const failedReasons = new Set<string>();
    for (const queue of [QueueName.notifications, QueueName.email]) {
      const jobs = await app.get(JobProducer).queue(queue).getFailed();
      failed[queue] = jobs.length;
      for (const job of jobs) failedReasons.add(job.failedReason);
    }
    // Where each leftover stands: its row, and its job (or none: the job was never enqueued, or was lost).
    const producer = app.get(JobProducer);
    const leftovers = await em().execute<{ kind: string; id: string; status: string }[]>(
      `select 'notification' as kind, n.id, n.status::text as status from notification n
         join user_account u on u.id = n.user_id where u.email like 'rem-chaos-%' and n.status <> 'delivered'
       union all
       select 'email', id, status::text from email_message where to_address like 'rem-chaos-%' and status <> 'sent'`,
    );
    const stuck = await Promise.all(
      leftovers.map(async (row) => {
        const job = await producer
          .queue(row.kind === 'email' ? QueueName.email : QueueName.notifications)
          .getJob(`${row.kind}-${row.id}`);
        return `${row.kind} ${row.status}, job ${job ? await job.getState() : 'none'}`;
      }),
    );
    const mails = smtp.received
      .filter((mail) => mail.to.some((to) => to.startsWith('rem-chaos-')))
      .map((mail) => ({ to: mail.to[0]!, messageId: readMail(mail.raw).messageId }));
    const perLearner = new Map<string, Set<string>>();
    const copies = new Map<string, number>();
    for (const mail of mails) {
      perLearner.set(mail.to, (perLearner.get(mail.to) ?? new Set()).add(mail.messageId));
      copies.set(mail.messageId, (copies.get(mail.messageId) ?? 0) + 1);
    }
    const missing = learners.filter((learner) => !perLearner.has(learner.email)).map((l) => l.email);
    const figures = {
      learners: LEARNERS,
      workers: WORKERS,
      kills: fleet.kills,
      stalledJobs: stalled,
      remindersDelivered: final.delivered,
      emailsSent: final.sent,
      emailsReceived: mails.length,
      learnersReached: perLearner.size,
      learnersMissed: missing.length,
      duplicates: mails.length - perLearner.size,
      /** A second copy of the same message (same Message-ID): SMTP accepted it, then the worker died before its commit. */
      resentSameMessageId: [...copies.values()].reduce((sum, n) => sum + n - 1, 0),
      /** Two different messages to one learner: would mean the reminder itself was delivered twice. */
      learnersWithTwoMessages: [...perLearner.values()].filter((ids) => ids.size > 1).length,
      duplicateShare: Math.round(((mails.length - perLearner.size) / LEARNERS) * 10_000) / 10_000,
      /** Jobs BullMQ gave up on (a job that stalls twice fails): the relays cannot re-add a job id that exists. */
      failedJobs: failed,
      failedReasons: [...failedReasons],
      stuck,
      wallSeconds: Math.round(wallMs / 100) / 10,
    };
    mkdirSync(join(root, 'tmp'), { recursive: true });
    writeFileSync(join(root, 'tmp/reminders-chaos.json'), `${JSON.stringify(figures, null, 2)}\n`);

    expect(figures.kills).toBeGreaterThan(0);
    expect(missing.slice(0, 10)).toEqual([]);
    expect(figures.remindersDelivered).toBe(LEARNERS);
    expect(figures.emailsSent).toBe(LEARNERS);
    expect(figures.learnersWithTwoMessages).toBe(0);
    expect(figures.duplicates).toBe(figures.resentSameMessageId);
    expect(figures.duplicates).toBeLessThanOrEqual(figures.kills * EMAIL_JOBS_IN_FLIGHT_PER_WORKER);
  }, 300_000);
});
