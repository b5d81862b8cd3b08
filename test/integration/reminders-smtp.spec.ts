import { join } from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import ICAL from 'ical.js';
import { Role } from '@parity/identity';
import { NotificationKind, ReminderSweep, type SweepResult } from '@parity/notifications';
import { JobProducer } from '@parity/shared/queue';
import { given, givenPublishedCourse, SmtpSink, type PublishedCourseFixture } from '@parity/shared/testing';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { QueueWorkers } from '../../apps/worker/src/jobs/queue-workers';
import { renderCalendarInvite, type CalendarInviteInput } from '@parity/notifications';
import { waitFor } from '../support/wait-for';
import { isolatedRun } from '../support/isolated-run';
import {
  DUE_LOCAL_TIME,
  givenReminderLearners,
  REMINDER_LOCALES,
  REMINDER_ZONES,
  type ReminderLearner,
} from '../support/reminders/reminder-learners';
import { readMail, type ReadMail } from '../support/reminders/read-mail';
import { clockTime, expectedDueSoonEmail } from '../support/reminders/expected-reminder';
import { deliveryQueuesIdle } from '../support/reminders/delivery-queues';

// Its own database and queues: sweeps see every active enrolment, and other files' workers sweep and relay too.
const run = isolatedRun('reminders-smtp');

const LEARNERS = 2000;
const LATE = 100;
const PUBLIC_URL = process.env['PUBLIC_URL'] ?? 'http://parity.test';

/** The course title in each language, so each e-mail's subject names it in the reader's own. */
const TITLE: Record<(typeof REMINDER_LOCALES)[number], string> = {
  en: 'Gender perspective in operations',
  bs: 'Rodna perspektiva u operacijama',
  hr: 'Rodna perspektiva u operacijama (HR)',
  'sr-Latn': 'Rodna perspektiva u operacijama (SR)',
  'sr-Cyrl': 'Родна перспектива у операцијама',
  cnr: 'Rodna perspektiva u operacijama (CG)',
  mk: 'Родова перспектива во операциите',
  sq: 'Perspektiva gjinore në operacione',
};

/** Words of the body that only that language's copy uses (a check that does not go through the renderer). */
const LANGUAGE_WORDS: Record<(typeof REMINDER_LOCALES)[number], RegExp> = {
  en: /^Complete “/m,
  bs: /Završite kurs „.*“\. Rok: /,
  hr: /Završite tečaj „.*”\. Rok: /,
  'sr-Latn': /Završite kurs „.*“\. Rok: /,
  'sr-Cyrl': /Завршите курс „.*“\. Рок: /,
  cnr: /Završite kurs „.*“\. Rok: /,
  mk: /Завршете го курсот „.*“\. Рок: /,
  sq: /Përfundoni kursin “.*”\. Afati: /,
};

describe('due-soon reminders over SMTP: 2,000 learners, eight languages, four time zones', () => {
  const smtp = new SmtpSink();
  let app: INestApplicationContext;
  let em: () => EntityManager;
  let fixture: PublishedCourseFixture;
  let institutionId: string;

  beforeAll(async () => {
    run.migrate();
    // A pool, as a sender of reminder bursts should use: the sink (smtp-server) waits 100 ms before greeting each
    // new connection, so one connection per message would make this file take a minute.
    process.env['SMTP_URL'] = `${await smtp.start()}/?pool=true`;
    app = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    em = () => app.get(MikroORM).em.fork() as EntityManager;
    const g = given(em());
    const institution = await g.institution();
    institutionId = institution.id;
    const author = await g.user({ institution, roles: [Role.TRAINER] });
    fixture = await givenPublishedCourse(em(), {
      institution,
      author,
      title: TITLE,
      locales: [...REMINDER_LOCALES],
    });
  });

  afterAll(async () => {
    await app?.close();
    await smtp.stop();
    delete process.env['SMTP_URL'];
    await run.drop();
  });

  const sweep = (): Promise<SweepResult[]> => app.get(ReminderSweep).runAll({ now: new Date() });
  const written = (results: SweepResult[]): number => results.reduce((sum, r) => sum + r.written, 0);
  const learnersOf = (tag: string, count: number): Promise<ReminderLearner[]> =>
    givenReminderLearners(em(), {
      institutionId,
      courseId: fixture.course.id,
      versionId: fixture.version.id,
      count,
      tag,
    });
  const receivedBy = (tag: string): { to: string[]; raw: string }[] =>
    smtp.received.filter((mail) => mail.to.some((to) => to.startsWith(`rem-${tag}-`)));
  const idle = async (): Promise<true | undefined> =>
    (await deliveryQueuesIdle(app.get(JobProducer))) ? true : undefined;

  it('sends each learner exactly one e-mail, in their language with the deadline in their zone; sweeping again sends none', async () => {
    const learners = await learnersOf('smtp', LEARNERS);
    const started = Date.now();
    const first = await sweep();
    expect(first.find((r) => r.kind === NotificationKind.DUE_SOON)?.written).toBe(LEARNERS);
    expect(written(first)).toBe(LEARNERS);

    await app.get(QueueWorkers).start();
    await waitFor(async () => (receivedBy('smtp').length >= LEARNERS ? true : undefined), {
      timeoutMs: 60_000,
      intervalMs: 200,
    });
    await waitFor(idle, { timeoutMs: 10_000, intervalMs: 100 });
    const deliveryMs = Date.now() - started;

    const second = await sweep();
    expect(written(second)).toBe(0);
    await waitFor(idle, { timeoutMs: 10_000, intervalMs: 100 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const mails = receivedBy('smtp');
    expect(mails).toHaveLength(LEARNERS);

    const delivered = new Map(
      (
        await em().execute<{ target_id: string; delivered_at: Date; status: string }[]>(
          `select n.target_id, n.delivered_at, n.status from notification n
           join user_account u on u.id = n.user_id where u.email like 'rem-smtp-%'`,
        )
      ).map((row) => [row.target_id, row]),
    );
    const byAddress = new Map<string, ReadMail>();
    for (const mail of mails) byAddress.set(mail.to[0]!, readMail(mail.raw));
    expect(byAddress.size).toBe(LEARNERS);

    const problems: string[] = [];
    const perLocale = new Map<string, number>();
    const perZone = new Map<string, number>();
    for (const learner of learners) {
      const mail = byAddress.get(learner.email);
      const reminder = delivered.get(learner.enrolmentId);
      if (!mail || reminder?.status !== 'delivered') {
        problems.push(`${learner.email}: ${mail ? 'mail' : 'no mail'}, reminder ${reminder?.status}`);
        continue;
      }
      const expected = expectedDueSoonEmail(
        learner,
        TITLE[learner.locale],
        new Date(reminder.delivered_at),
        PUBLIC_URL,
      );
      const local = clockTime(learner.dueAt, learner.timeZone);
      const utc = clockTime(learner.dueAt, 'UTC');
      if (mail.subject !== expected.subject)
        problems.push(`${learner.email} subject ${JSON.stringify(mail.subject)} ≠ ${expected.subject}`);
      if (mail.text !== expected.text) problems.push(`${learner.email} (${learner.locale}) text differs`);
      if (!mail.subject.includes(TITLE[learner.locale])) problems.push(`${learner.email} title`);
      if (!LANGUAGE_WORDS[learner.locale].test(mail.text)) problems.push(`${learner.email} language`);
      if (local !== DUE_LOCAL_TIME || !mail.text.includes(local))
        problems.push(`${learner.email} local time ${local}`);
      if (utc !== local && mail.text.includes(utc)) problems.push(`${learner.email} shows UTC ${utc}`);
      if (!mail.html.includes(`lang="${learner.locale}"`)) problems.push(`${learner.email} html lang`);
      perLocale.set(learner.locale, (perLocale.get(learner.locale) ?? 0) + 1);
      perZone.set(learner.timeZone, (perZone.get(learner.timeZone) ?? 0) + 1);
    }
    expect(problems.slice(0, 20)).toEqual([]);
    expect([...perLocale.keys()].sort()).toEqual([...REMINDER_LOCALES].sort());
    expect([...perZone.keys()].sort()).toEqual([...REMINDER_ZONES].sort());
    const figures = {
      emails: mails.length,
      learners: LEARNERS,
      deliveryMs,
      byLanguage: Object.fromEntries(perLocale),
      secondSweepWrote: written(second),
    };
    mkdirSync(join(__dirname, '../../tmp'), { recursive: true });
    writeFileSync(join(__dirname, '../../tmp/reminders-smtp.json'), `${JSON.stringify(figures, null, 2)}\n`);
  }, 120_000);

  it('sends nothing to the 100 whose reminders were written and enqueued, then who completed or withdrew before delivery', async () => {
    const workers = app.get(QueueWorkers);
    await workers.stop();
    const late = await learnersOf('late', LATE);
    const swept = await sweep();
    expect(written(swept)).toBe(LATE);
    const waiting = await app.get(JobProducer).queue('notifications').getJobCounts('waiting');
    expect(waiting['waiting']).toBe(LATE);

    const [completed, withdrawn] = [late.slice(0, LATE / 2), late.slice(LATE / 2)];
    await em().execute(
      `update enrolment set status = 'completed', completed_at = now() where id = any(?::uuid[])`,
      [`{${completed.map((l) => l.enrolmentId).join(',')}}`],
    );
    await em().execute(
      `update enrolment set status = 'withdrawn', withdrawn_at = now() where id = any(?::uuid[])`,
      [`{${withdrawn.map((l) => l.enrolmentId).join(',')}}`],
    );

    await workers.start();
    const outcomes = await waitFor(
      async () => {
        const rows = await em().execute<{ status: string; skipped_reason: string | null; n: string }[]>(
          `select n.status, n.skipped_reason, count(*) as n from notification n
           join user_account u on u.id = n.user_id where u.email like 'rem-late-%'
           group by n.status, n.skipped_reason`,
        );
        return rows.length === 1 && rows[0]!.status !== 'pending' ? rows : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 100 },
    );
    await waitFor(idle, { timeoutMs: 10_000, intervalMs: 100 });
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(outcomes).toEqual([{ status: 'skipped', skipped_reason: 'no-longer-applies', n: String(LATE) }]);
    expect(receivedBy('late')).toHaveLength(0);
    const [outbox] = await em().execute<{ n: string }[]>(
      `select count(*) as n from email_message where to_address like 'rem-late-%'`,
    );
    expect(Number(outbox!.n)).toBe(0);
    expect(receivedBy('smtp')).toHaveLength(LEARNERS);
  }, 60_000);
});

describe('calendar invitations read by a standard iCalendar parser (ical.js)', () => {
  const invite = (input: Partial<CalendarInviteInput>): string =>
    renderCalendarInvite({
      uid: 'session-7@parity.test',
      sequence: 2,
      method: 'REQUEST',
      startsAt: new Date('2026-11-30T16:00:00Z'),
      durationMinutes: 45,
      summary: 'Coaching: Ana, Marko',
      description: 'Преглед акционог плана; следећи кораци.\nПонесите белешке.',
      location: 'https://meet.example.org/parity-7',
      organizer: { name: 'Parity', email: 'noreply@parity.test' },
      attendees: [
        { name: 'Јована Петровић', email: 'jovana@mod.example' },
        { name: 'Petrović, Marko "Coach"', email: 'marko@mod.example' },
      ],
      timeZone: 'Europe/Belgrade',
      now: new Date('2026-11-01T09:15:30Z'),
      ...input,
    });

  function parse(ics: string): ICAL.Event {
    return new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
  }

  it.each([
    ['Europe/Belgrade', '2026-11-30T16:00:00Z', '2026-11-30 17:00–17:45 (GMT+1)'],
    ['Europe/Skopje', '2026-07-01T08:30:00Z', '2026-07-01 10:30–11:15 (GMT+2)'],
    // Clocks go forward at 01:00 UTC that night: the session ends at 03:15 local time.
    ['Europe/Tirane', '2026-03-29T00:30:00Z', '2026-03-29 01:30–03:15 (GMT+1)'],
    ['Europe/London', '2026-07-01T08:30:00Z', '2026-07-01 09:30–10:15 (GMT+1)'],
    ['Europe/London', '2026-12-01T08:30:00Z', '2026-12-01 08:30–09:15 (GMT)'],
  ])('in %s, a session at %s starts then in UTC and at %s locally', (timeZone, startsAt, local) => {
    const event = parse(invite({ timeZone, startsAt: new Date(startsAt) }));
    expect(event.startDate.zone?.tzid).toBe('UTC');
    expect(event.startDate.toJSDate().toISOString()).toBe(new Date(startsAt).toISOString());
    expect(event.endDate.subtractDate(event.startDate).toSeconds()).toBe(45 * 60);
    // ICU writes a zero offset as "GMT" or "GMT+0", depending on its version.
    expect(event.description.split('\n').at(-1)?.replace('(GMT+0)', '(GMT)')).toBe(`${timeZone}: ${local}`);
    const shown = new Intl.DateTimeFormat('sv-SE', {
      dateStyle: 'short',
      timeStyle: 'short',
      timeZone,
    }).format(event.startDate.toJSDate());
    expect(local.startsWith(shown)).toBe(true);
  });

  it('keeps escaped text, folded Cyrillic and quoted names intact through the parser', () => {
    const event = parse(invite({}));
    const root = new ICAL.Component(ICAL.parse(invite({})));
    expect(root.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(event.uid).toBe('session-7@parity.test');
    expect(event.sequence).toBe(2);
    expect(event.summary).toBe('Coaching: Ana, Marko');
    expect(
      event.description.startsWith('Преглед акционог плана; следећи кораци.\nПонесите белешке.\n\n'),
    ).toBe(true);
    expect(event.attendees.map((a) => [a.getParameter('cn'), a.getFirstValue()])).toEqual([
      ['Јована Петровић', 'mailto:jovana@mod.example'],
      ['Petrović, Marko "Coach"', 'mailto:marko@mod.example'],
    ]);
  });
});
