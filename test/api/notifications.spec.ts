import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { MikroORM, RequestContext } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role, User, type Institution } from '@parity/identity';
import { Enrolment, EnrolmentSource, EnrolmentStatus } from '@parity/learning';
import { Notification, NotificationStatus, ReminderSweep } from '@parity/notifications';
import { EmailMessage } from '@parity/shared/mail';
import {
  given,
  givenPublishedCourse,
  TEST_PASSWORD,
  type PublishedCourseFixture,
} from '@parity/shared/testing';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { DeliverNotificationHandler } from '../../apps/worker/src/notifications/deliver-notification.handler';
import { isolatedRun } from '../support/isolated-run';
import { TestApp, type ApiClient } from '../support/test-app';

// Its own database: sweeps cover every enrolment of a database, and worker processes other files start run them.
const run = isolatedRun('notifications');

const DAY = 86_400_000;
const CENTRE = `query($unread: Boolean) { myNotifications(unreadOnly: $unread) {
  nodes { id kind title body actionPath mandatory readAt } unreadCount pageInfo { hasNextPage } } }`;

interface Centre {
  myNotifications: {
    nodes: {
      id: string;
      kind: string;
      title: string;
      body: string;
      actionPath: string;
      readAt: string | null;
    }[];
    unreadCount: number;
  };
}

describe('reminders: written once by set-based sweeps, re-checked at send time, in each person’s language', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let home: Institution;
  let author: User;
  let fixture: PublishedCourseFixture;

  beforeAll(async () => {
    run.migrate();
    t = await TestApp.start();
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    const g = given(t.em());
    home = await g.institution();
    author = await g.user({ institution: home, roles: [Role.TRAINER] });
    fixture = await givenPublishedCourse(t.em(), {
      institution: home,
      author,
      title: { en: 'Reminders course', 'sr-Cyrl': 'Курс подсетника', sq: 'Kursi i kujtesave' },
    });
  });

  afterAll(async () => {
    await worker.close();
    await t.close();
    await run.drop();
  });

  const em = (): EntityManager => t.em();
  const sweep = (now = new Date()) => worker.get(ReminderSweep).runAll({ now });

  /** A learner assigned the course (mandatory), with a due date and the given language. */
  async function assigned(options: {
    dueInDays: number | null;
    locale?: string;
    mandatory?: boolean;
    createdDaysAgo?: number;
    lastActivityDaysAgo?: number | null;
  }): Promise<{ learner: User; enrolment: Enrolment; client: ApiClient }> {
    const learner = await given(em()).user({
      institution: home,
      name: `Learner ${Math.random().toString(36).slice(2, 7)}`,
    });
    await em().nativeUpdate(User, learner.id, {
      locale: options.locale ?? 'en',
      timeZone: 'Europe/Belgrade',
    });
    const manager = em();
    const enrolment = new Enrolment(
      manager.getReference(User, learner.id),
      fixture.version,
      EnrolmentSource.ASSIGNED,
    );
    enrolment.mandatory = options.mandatory ?? true;
    enrolment.dueAt = options.dueInDays === null ? null : new Date(Date.now() + options.dueInDays * DAY);
    enrolment.createdAt = new Date(Date.now() - (options.createdDaysAgo ?? 0) * DAY);
    if (options.lastActivityDaysAgo != null)
      enrolment.lastActivityAt = new Date(Date.now() - options.lastActivityDaysAgo * DAY);
    await manager.persistAndFlush(enrolment);
    return { learner, enrolment, client: await t.client().signIn(learner.email, TEST_PASSWORD) };
  }

  const remindersOf = (userId: string) =>
    em().find(Notification, { userId }, { orderBy: { createdAt: 'asc' } });

  async function deliver(id: string): Promise<string> {
    const orm = worker.get(MikroORM);
    return RequestContext.create(orm.em, () =>
      worker.get(DeliverNotificationHandler).handle({ data: { notificationId: id } } as never),
    );
  }

  it('writes the 7-day reminder, then the 1-day one, each once however often the sweep runs', async () => {
    const { learner } = await assigned({ dueInDays: 3, lastActivityDaysAgo: 0 });
    await sweep();
    await Promise.all([sweep(), sweep()]);
    expect((await remindersOf(learner.id)).map((n) => `${n.kind}:${n.cycle}`)).toEqual(['due_soon:7d']);
    await sweep(new Date(Date.now() + 2.5 * DAY));
    await sweep(new Date(Date.now() + 2.6 * DAY));
    expect((await remindersOf(learner.id)).map((n) => `${n.kind}:${n.cycle}`)).toEqual([
      'due_soon:7d',
      'due_soon:1d',
    ]);
  });

  it('reminds overdue learners once per week, at most four times; not started and idle learners once', async () => {
    const overdue = await assigned({ dueInDays: -8, lastActivityDaysAgo: 0 });
    const idle = await assigned({ dueInDays: null, lastActivityDaysAgo: 20 });
    const notStarted = await assigned({ dueInDays: null, createdDaysAgo: 9 });
    await sweep();
    await sweep();
    expect((await remindersOf(overdue.learner.id)).map((n) => n.cycle)).toEqual(['period-1']);
    for (const week of [2, 3, 4, 5, 6]) await sweep(new Date(Date.now() + (week - 1) * 7 * DAY));
    const overdueCycles = (await remindersOf(overdue.learner.id)).filter((n) => n.kind === 'overdue');
    // Periods 0 to 3 after the due date: this learner was already in the second week when first swept.
    expect(overdueCycles.map((n) => n.cycle)).toEqual(['period-1', 'period-2', 'period-3']);
    expect((await remindersOf(idle.learner.id)).map((n) => n.kind)).toEqual(['inactive']);
    expect((await remindersOf(notStarted.learner.id)).map((n) => n.kind)).toEqual(['not_started']);
  });

  it('delivers in the app and by e-mail in the learner’s language; the centre pages, counts and marks read', async () => {
    const { learner, client, enrolment } = await assigned({
      dueInDays: 2,
      locale: 'sr-Cyrl',
      lastActivityDaysAgo: 0,
    });
    await sweep();
    const [reminder] = await remindersOf(learner.id);
    expect(await deliver(reminder!.id)).toBe('delivered');
    expect(await deliver(reminder!.id)).toBe('already-done');
    const emails = await em().find(EmailMessage, { toAddress: learner.email });
    expect(emails).toHaveLength(1);
    expect(emails[0]!.locale).toBe('sr-Cyrl');
    expect(emails[0]!.subject).toContain('Курс подсетника');
    expect(emails[0]!.textBody).toContain('/notifications/settings');

    client.language = 'sr-Cyrl';
    const centre = await client.ok<Centre>(CENTRE);
    expect(centre.myNotifications.unreadCount).toBe(1);
    expect(centre.myNotifications.nodes[0]).toMatchObject({
      kind: 'due_soon',
      actionPath: `/learn/enrolments/${enrolment.id}`,
      readAt: null,
    });
    expect(centre.myNotifications.nodes[0]!.title).toContain('Курс подсетника');

    const stranger = await t
      .client()
      .signIn((await given(em()).user({ institution: home })).email, TEST_PASSWORD);
    const refused = await stranger.gql(`mutation($id: ID!) { markNotificationRead(id: $id) { id } }`, {
      id: reminder!.id,
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await stranger.ok<Centre>(CENTRE)).myNotifications.nodes).toHaveLength(0);

    await client.ok(`mutation($id: ID!) { markNotificationRead(id: $id) { readAt } }`, { id: reminder!.id });
    expect((await client.ok<Centre>(CENTRE, { unread: true })).myNotifications.nodes).toHaveLength(0);
    expect(
      (await client.ok<{ unreadNotificationCount: number }>(`{ unreadNotificationCount }`))
        .unreadNotificationCount,
    ).toBe(0);
  });

  it('skips a reminder whose learner completed or was withdrawn after the sweep wrote it', async () => {
    const completed = await assigned({ dueInDays: 2, lastActivityDaysAgo: 0 });
    const withdrawn = await assigned({ dueInDays: 2, lastActivityDaysAgo: 0 });
    await sweep();
    await em().nativeUpdate(Enrolment, completed.enrolment.id, {
      status: EnrolmentStatus.COMPLETED,
      completedAt: new Date(),
    });
    await em().nativeUpdate(Enrolment, withdrawn.enrolment.id, {
      status: EnrolmentStatus.WITHDRAWN,
      withdrawnAt: new Date(),
    });
    for (const { learner } of [completed, withdrawn]) {
      const [reminder] = await remindersOf(learner.id);
      expect(await deliver(reminder!.id)).toBe('skipped');
      expect(await em().count(EmailMessage, { toAddress: learner.email })).toBe(0);
      expect((await em().findOneOrFail(Notification, reminder!.id)).status).toBe(NotificationStatus.SKIPPED);
    }
  });

  it('follows the person’s channels and quiet hours; a mandatory reminder still reaches the app', async () => {
    const { learner, client } = await assigned({ dueInDays: -1, mandatory: true, lastActivityDaysAgo: 0 });
    await client.ok(
      `mutation($input: NotificationPreferencesInput!) { updateMyNotificationPreferences(input: $input) { kinds { kind email inApp } } }`,
      { input: { kinds: [{ kind: 'overdue', email: false, inApp: false }] } },
    );
    await sweep();
    const [reminder] = await remindersOf(learner.id);
    expect(await deliver(reminder!.id)).toBe('delivered');
    expect(await em().count(EmailMessage, { toAddress: learner.email })).toBe(0);
    expect((await client.ok<Centre>(CENTRE)).myNotifications.nodes.map((n) => n.kind)).toEqual(['overdue']);

    const quiet = await assigned({ dueInDays: 2, lastActivityDaysAgo: 0 });
    const now = new Date();
    const minute = Number(
      new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/Belgrade',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      })
        .format(now)
        .split(':')
        .reduce((hours, minutes) => String(Number(hours) * 60 + Number(minutes))),
    );
    await quiet.client.ok(
      `mutation($input: NotificationPreferencesInput!) { updateMyNotificationPreferences(input: $input) { quietHoursStart } }`,
      { input: { quietHoursStart: (minute + 1380) % 1440, quietHoursEnd: (minute + 120) % 1440 } },
    );
    await sweep();
    const [quietReminder] = await remindersOf(quiet.learner.id);
    expect(await deliver(quietReminder!.id)).toBe('delivered');
    const [held] = await em().find(EmailMessage, { toAddress: quiet.learner.email });
    expect(held!.notBefore!.getTime()).toBeGreaterThan(now.getTime() + 100 * 60_000);
  });

  it('follows each institution’s digest rule: every 14 days when so set, none when turned off', async () => {
    const g = given(em());
    const digestsOf = async (userId: string) =>
      (await remindersOf(userId)).filter((n) => n.kind === 'escalation_digest');
    const institutionWith = async (offsets: number[], enabled: boolean) => {
      const institution = await g.institution();
      const admin = await g.user({ institution, roles: [Role.INSTITUTION_ADMIN] });
      const learner = await g.user({ institution });
      const enrolment = new Enrolment(
        em().getReference(User, learner.id),
        fixture.version,
        EnrolmentSource.ASSIGNED,
      );
      enrolment.mandatory = true;
      enrolment.dueAt = new Date(Date.now() - 3 * DAY);
      await em().persistAndFlush(enrolment);
      await em().execute(
        `insert into reminder_rule (id, created_at, institution_id, kind, offsets, enabled)
         values (gen_random_uuid(), now(), ?, 'escalation_digest', ?, ?)`,
        [institution.id, JSON.stringify(offsets), enabled],
      );
      return admin;
    };
    const fortnightly = await institutionWith([14], true);
    const silenced = await institutionWith([7], false);
    const start = Date.now();
    await sweep(new Date(start));
    const [first] = await digestsOf(fortnightly.id);
    expect(first?.cycle).toMatch(/^every-14d-\d+$/);
    // Within the same 14-day period nothing more; the next period brings the next digest.
    const period = Math.floor(start / DAY / 14);
    const sameUntil = (period + 1) * 14 * DAY - 1;
    await sweep(new Date(sameUntil));
    expect(await digestsOf(fortnightly.id)).toHaveLength(1);
    await sweep(new Date(sameUntil + 2));
    expect(await digestsOf(fortnightly.id)).toHaveLength(2);
    expect(await digestsOf(silenced.id)).toHaveLength(0);
  });

  it('sends each institution admin one weekly digest of overdue mandatory enrolments, with names', async () => {
    const admin = await given(em()).user({
      institution: home,
      roles: [Role.INSTITUTION_ADMIN],
      name: 'Digest Admin',
    });
    const late = await assigned({ dueInDays: -3, mandatory: true, lastActivityDaysAgo: 0 });
    await sweep();
    await sweep();
    const digests = (await remindersOf(admin.id)).filter((n) => n.kind === 'escalation_digest');
    expect(digests).toHaveLength(1);
    expect(digests[0]!.targetId).toBe(home.id);
    expect(await deliver(digests[0]!.id)).toBe('delivered');
    const [email] = await em().find(EmailMessage, { toAddress: admin.email });
    expect(email!.textBody).toContain(late.learner.displayName);
    expect(email!.textBody).toContain('Reminders course');
    await sweep(new Date(Date.now() + 7 * DAY));
    expect((await remindersOf(admin.id)).filter((n) => n.kind === 'escalation_digest')).toHaveLength(2);

    // The admin finds the reminders in the outbox by recipient, and by status.
    const adminClient = await t.client().signIn(admin.email, TEST_PASSWORD);
    const outbox = (args: Record<string, unknown>) =>
      adminClient.ok<{ emailMessages: { totalCount: number; nodes: { subject: string; status: string }[] } }>(
        `query($search: String, $status: EmailStatus) { emailMessages(search: $search, status: $status) { totalCount nodes { subject status } } }`,
        args,
      );
    expect((await outbox({ search: admin.email })).emailMessages.totalCount).toBe(1);
    expect((await outbox({ search: admin.email, status: 'FAILED' })).emailMessages.totalCount).toBe(0);
    expect((await outbox({ search: 'no-such-recipient@example.test' })).emailMessages.totalCount).toBe(0);
  });

  it('follows the institution’s rules: a course rule wins, a disabled kind writes nothing', async () => {
    const g = given(em());
    const other = await g.institution();
    const adminUser = await g.user({ institution: other, roles: [Role.INSTITUTION_ADMIN] });
    const admin = await t.client().signIn(adminUser.email, TEST_PASSWORD);
    const course = await givenPublishedCourse(em(), {
      institution: other,
      author: await g.user({ institution: other, roles: [Role.TRAINER] }),
      title: { en: 'Rules course' },
    });
    const save = (input: Record<string, unknown>) =>
      admin.ok(`mutation($input: ReminderRuleInput!) { saveReminderRule(input: $input) { kind offsets } }`, {
        input: { institutionId: other.id, ...input },
      });
    await save({ kind: 'due_soon', offsets: [10, 3], enabled: true });
    await save({ kind: 'due_soon', courseId: course.course.id, offsets: [5], enabled: true });
    await save({ kind: 'inactive', offsets: [14], enabled: false });
    const rules = await admin.ok<{
      reminderRules: { kind: string; courseId: string | null; offsets: number[]; isDefault: boolean }[];
    }>(`query($i: ID!) { reminderRules(institutionId: $i) { kind courseId offsets isDefault } }`, {
      i: other.id,
    });
    expect(rules.reminderRules.find((r) => r.kind === 'due_soon' && !r.courseId)).toMatchObject({
      offsets: [10, 3],
      isDefault: false,
    });
    expect(rules.reminderRules.find((r) => r.kind === 'overdue')).toMatchObject({
      offsets: [7],
      isDefault: true,
    });

    const learner = await g.user({ institution: other });
    const enrolment = new Enrolment(
      em().getReference(User, learner.id),
      course.version,
      EnrolmentSource.ASSIGNED,
    );
    enrolment.dueAt = new Date(Date.now() + 4 * DAY);
    enrolment.lastActivityAt = new Date(Date.now() - 30 * DAY);
    await em().persistAndFlush(enrolment);
    await sweep();
    expect((await remindersOf(learner.id)).map((n) => `${n.kind}:${n.cycle}`)).toEqual(['due_soon:5d']);
  });

  it('removes a person’s notices and settings with the person', async () => {
    const { learner, client } = await assigned({ dueInDays: 2, lastActivityDaysAgo: 0 });
    await client.ok(
      `mutation($input: NotificationPreferencesInput!) { updateMyNotificationPreferences(input: $input) { timeZone } }`,
      {
        input: {
          kinds: [{ kind: 'inactive', email: false, inApp: true }],
          quietHoursStart: 1320,
          quietHoursEnd: 420,
        },
      },
    );
    await sweep();
    expect((await remindersOf(learner.id)).length).toBeGreaterThan(0);
    await em().nativeDelete(Enrolment, { user: learner.id });
    await em().nativeDelete(User, learner.id);
    expect(await remindersOf(learner.id)).toHaveLength(0);
    const [left] = await em().execute<{ n: string }[]>(
      `select (select count(*) from notification_preference where user_id = ?) + (select count(*) from quiet_hours where user_id = ?) as n`,
      [learner.id, learner.id],
    );
    expect(Number(left?.n)).toBe(0);
  });
});
