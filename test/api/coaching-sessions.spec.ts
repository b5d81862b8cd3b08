import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import ICAL from 'ical.js';
import { Role, User, type Institution } from '@parity/identity';
import { Notification, NotificationDelivery, NotificationStatus, ReminderSweep } from '@parity/notifications';
import { deliverEmail, EmailMessage, EmailOutbox, MailTransport } from '@parity/shared/mail';
import { JobProducer } from '@parity/shared/queue';
import { given, givenCoaching, SmtpSink, StatementCounter, TEST_PASSWORD } from '@parity/shared/testing';
import { isolatedRun } from '../support/isolated-run';
import { TestApp, type ApiClient, type GraphqlResult } from '../support/test-app';

// Its own database: the reminder sweep covers every scheduled session of a database.
const run = isolatedRun('coaching_sessions');

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** `days` from today at hh:mm UTC: each test books its own days, so the coach's sessions never meet by accident. */
function at(days: number, hour: number, minute = 0): Date {
  const date = new Date(Date.now() + days * DAY);
  date.setUTCHours(hour, minute, 0, 0);
  return date;
}

const SESSION = `id engagementId state proposedTimes startsAt endsAt durationMinutes timeZone location onlineUrl
  agenda sequence cancelReason feedbackGiven history { kind previousStartsAt startsAt sequence }
  coach { id displayName } coachee { id displayName }`;
const PROPOSE = `mutation($input: ProposeSessionInput!) { proposeCoachingSession(input: $input) { ${SESSION} } }`;
const ACCEPT = `mutation($id: ID!, $at: DateTime!) { acceptCoachingSessionTime(id: $id, startsAt: $at) { ${SESSION} } }`;
const RESCHEDULE = `mutation($id: ID!, $at: DateTime!) { rescheduleCoachingSession(id: $id, startsAt: $at) { ${SESSION} } }`;
const CANCEL = `mutation($id: ID!, $reason: String) { cancelCoachingSession(id: $id, reason: $reason) { ${SESSION} } }`;
const OUTCOME = `mutation($id: ID!, $outcome: CoachingSessionState!) {
  recordCoachingSessionOutcome(id: $id, outcome: $outcome) { ${SESSION} } }`;
const READ = `query($id: ID!) { coachingSession(id: $id) { ${SESSION} } }`;
const MINE = `query($from: DateTime!, $to: DateTime!) { myCoachingSessions(from: $from, to: $to) { id engagementId } }`;

interface Session {
  id: string;
  engagementId: string;
  state: string;
  proposedTimes: string[];
  startsAt: string | null;
  endsAt: string | null;
  sequence: number;
  cancelReason: string | null;
  agenda: string | null;
  feedbackGiven: boolean;
  history: { kind: string; previousStartsAt: string | null; startsAt: string | null; sequence: number }[];
  coach: { id: string; displayName: string };
  coachee: { id: string; displayName: string };
}

const codeOf = (result: GraphqlResult): string | undefined => result.errors?.[0]?.extensions?.code;
const problemsOf = (result: GraphqlResult): { field: string; code: string }[] =>
  (result.errors?.[0]?.extensions?.['problems'] ?? []) as { field: string; code: string }[];

interface Invite {
  method: string;
  uid: string;
  sequence: number;
  start: ICAL.Time;
  description: string;
  summary: string;
}

function readInvite(ics: string): Invite {
  const root = new ICAL.Component(ICAL.parse(ics));
  const event = new ICAL.Event(root.getFirstSubcomponent('vevent')!);
  return {
    method: String(root.getFirstPropertyValue('method')),
    uid: event.uid,
    sequence: event.sequence,
    start: event.startDate,
    description: event.description,
    summary: event.summary,
  };
}

/** Quoted-printable to text: soft line breaks removed, `=XX` octets decoded as UTF-8. */
function fromQuotedPrintable(body: string): string {
  const bytes: number[] = [];
  const text = body.replace(/=\r\n/g, '');
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '=' && /^[0-9A-F]{2}$/i.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(text[i]!, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** The calendar part of a message as nodemailer writes it (base64 or quoted-printable), with its content type. */
function calendarPart(raw: string): { contentType: string; ics: string } {
  for (const part of raw.split(/\r\n--[^\r\n]+\r\n/)) {
    const end = part.indexOf('\r\n\r\n');
    const head = part.slice(0, end).replace(/\r\n(?=[ \t])/g, '');
    const contentType = /^content-type:\s*(.+)$/im.exec(head)?.[1] ?? '';
    if (!contentType.toLowerCase().startsWith('text/calendar')) continue;
    const encoding = /^content-transfer-encoding:\s*(.+)$/im.exec(head)?.[1]?.trim().toLowerCase();
    const body = part.slice(end + 4).split(/\r\n--/)[0] ?? '';
    const ics =
      encoding === 'base64'
        ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
        : encoding === 'quoted-printable'
          ? fromQuotedPrintable(body)
          : body;
    return { contentType, ics };
  }
  throw new Error('No text/calendar part in the message');
}

/** "YYYY-MM-DD HH:MM" of an instant in a zone, as a calendar shows it (sv-SE writes ISO-like dates). */
const localTime = (instant: Date, timeZone: string): string =>
  new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short', timeZone }).format(instant);

describe('coaching sessions: proposed, booked once, moved and cancelled with calendar invitations, reminded', () => {
  let t: TestApp;
  let home: Institution;
  let coach: User;
  let coacheeA: User;
  let coacheeB: User;
  let stranger: User;
  let asCoach: ApiClient;
  let asA: ApiClient;
  let asB: ApiClient;
  let asStranger: ApiClient;
  let engagementA: string;
  let engagementB: string;
  let programmeId: string;

  beforeAll(async () => {
    run.migrate();
    t = await TestApp.start();
    const g = given(t.em());
    home = await g.institution();
    coach = await g.user({ institution: home, roles: [Role.COACH], name: 'Ana Coach' });
    coacheeA = await g.user({ institution: home, roles: [Role.LEARNER], name: 'Marko Commander' });
    coacheeB = await g.user({ institution: home, roles: [Role.LEARNER], name: 'Jovana Director' });
    stranger = await g.user({ institution: home, roles: [Role.COACH], name: 'Other Coach' });
    // The coach reads Albanian in Podgorica, coachee A Serbian (Cyrillic) in Istanbul (UTC+3 all year).
    await em().nativeUpdate(User, coach.id, { locale: 'sq', timeZone: 'Europe/Podgorica' });
    await em().nativeUpdate(User, coacheeA.id, { locale: 'sr-Cyrl', timeZone: 'Europe/Istanbul' });
    const a = await givenCoaching(em(), { institution: home, coachId: coach.id, coacheeId: coacheeA.id });
    const b = await givenCoaching(em(), {
      institution: home,
      coachId: coach.id,
      coacheeId: coacheeB.id,
      programmeId: a.programmeId,
    });
    programmeId = a.programmeId;
    engagementA = a.engagementId;
    engagementB = b.engagementId;
    asCoach = await t.client().signIn(coach.email, TEST_PASSWORD);
    asA = await t.client().signIn(coacheeA.email, TEST_PASSWORD);
    asB = await t.client().signIn(coacheeB.email, TEST_PASSWORD);
    asStranger = await t.client().signIn(stranger.email, TEST_PASSWORD);
  });

  afterAll(async () => {
    await t.close();
    await run.drop();
  });

  const em = (): EntityManager => t.em();

  async function propose(
    engagementId: string,
    times: Date[],
    extra: Record<string, unknown> = {},
  ): Promise<Session> {
    const data = await asCoach.ok<{ proposeCoachingSession: Session }>(PROPOSE, {
      input: {
        engagementId,
        proposedTimes: times.map((time) => time.toISOString()),
        durationMinutes: 60,
        timeZone: 'Europe/Podgorica',
        onlineUrl: 'https://meet.example.org/coaching',
        ...extra,
      },
    });
    return data.proposeCoachingSession;
  }

  async function booked(client: ApiClient, engagementId: string, time: Date): Promise<Session> {
    const session = await propose(engagementId, [time]);
    return (await client.ok<{ acceptCoachingSessionTime: Session }>(ACCEPT, { id: session.id, at: time }))
      .acceptCoachingSessionTime;
  }

  /** The invitation e-mails about one session to one person, oldest first. */
  async function invitationsOf(sessionId: string, person: User): Promise<EmailMessage[]> {
    const messages = await em().find(
      EmailMessage,
      { toAddress: person.email, kind: { $like: 'coaching-session-%' } },
      { orderBy: { createdAt: 'asc' } },
    );
    return messages.filter((message) => message.attachments?.[0]?.content.includes(sessionId));
  }

  const icsOf = (message: EmailMessage): Invite => readInvite(message.attachments![0]!.content);

  it('books an offered time for the coachee and invites both, each in their own language and time zone', async () => {
    const offered = [at(10, 9), at(11, 9)];
    const session = await propose(engagementA, offered, { agenda: 'Review the action plan' });
    expect(session).toMatchObject({
      state: 'PROPOSED',
      startsAt: null,
      sequence: 0,
      coach: { id: coach.id, displayName: 'Ana Coach' },
      coachee: { id: coacheeA.id, displayName: 'Marko Commander' },
    });
    expect(session.proposedTimes.map((time) => new Date(time).getTime())).toEqual(
      offered.map((time) => time.getTime()),
    );
    expect(await invitationsOf(session.id, coacheeA)).toHaveLength(0);

    const chosen = offered[1]!;
    const booking = (
      await asA.ok<{ acceptCoachingSessionTime: Session }>(ACCEPT, { id: session.id, at: chosen })
    ).acceptCoachingSessionTime;
    expect(booking).toMatchObject({ state: 'SCHEDULED', sequence: 0 });
    expect(new Date(booking.startsAt!).getTime()).toBe(chosen.getTime());
    expect(new Date(booking.endsAt!).getTime()).toBe(chosen.getTime() + HOUR);
    expect(booking.history.map((change) => [change.kind, change.sequence])).toEqual([['scheduled', 0]]);

    const [toCoachee] = await invitationsOf(session.id, coacheeA);
    const [toCoach] = await invitationsOf(session.id, coach);
    expect(toCoachee!.subject).toBe('Сесија је заказана: Ana Coach');
    expect(toCoach!.subject).toBe('Seanca u caktua: Marko Commander');
    expect(toCoachee!.locale).toBe('sr-Cyrl');
    // The agenda stays in Parity, behind the link: e-mail passes through servers and outboxes not the pair's.
    expect(toCoachee!.textBody).not.toContain('Review the action plan');
    expect(toCoachee!.attachments![0]!.content).not.toContain('Review the action plan');
    expect(toCoachee!.textBody).toContain(`http://parity.test/coaching/sessions/${session.id}`);
    expect(toCoachee!.attachments).toEqual([
      expect.objectContaining({ filename: 'invite.ics', contentType: 'text/calendar; method=REQUEST' }),
    ]);

    for (const [message, zone] of [
      [toCoachee!, 'Europe/Istanbul'],
      [toCoach!, 'Europe/Podgorica'],
    ] as const) {
      const invite = icsOf(message);
      expect(invite).toMatchObject({ method: 'REQUEST', uid: `${session.id}@parity.test`, sequence: 0 });
      expect(invite.start.zone?.tzid).toBe('UTC');
      expect(invite.start.toJSDate().getTime()).toBe(chosen.getTime());
      expect(invite.description.split('\n').at(-1)).toContain(`${zone}: ${localTime(chosen, zone)}`);
    }
    // Istanbul is three hours ahead of UTC: the coachee's e-mail and calendar show 12:00.
    expect(localTime(chosen, 'Europe/Istanbul').endsWith('12:00')).toBe(true);
    expect(toCoachee!.textBody).toContain('12:00');
    expect(icsOf(toCoachee!).summary).toBe('Коучинг сесија: Ana Coach');

    // The institution's admins read the outbox (no SMTP server here), but never a coaching e-mail's body.
    const admin = await given(em()).user({ institution: home, roles: [Role.INSTITUTION_ADMIN] });
    const asAdmin = await t.client().signIn(admin.email, TEST_PASSWORD);
    const outbox = await asAdmin.ok<{
      emailMessages: { nodes: { kind: string; textBody: string | null }[] };
    }>(`query($s: String) { emailMessages(search: $s, first: 50) { nodes { kind textBody } } }`, {
      s: coacheeA.email,
    });
    const coachingMails = outbox.emailMessages.nodes.filter((node) =>
      node.kind.startsWith('coaching-session-'),
    );
    expect(coachingMails.length).toBeGreaterThan(0);
    expect(coachingMails.every((node) => node.textBody === null)).toBe(true);
  });

  it('moves and cancels the same calendar event: one UID, a rising SEQUENCE, CANCEL last', async () => {
    const first = at(13, 9);
    const moved = at(14, 10);
    const session = await booked(asA, engagementA, first);
    const rescheduled = (
      await asCoach.ok<{ rescheduleCoachingSession: Session }>(RESCHEDULE, {
        id: session.id,
        at: moved,
      })
    ).rescheduleCoachingSession;
    expect(rescheduled).toMatchObject({ state: 'SCHEDULED', sequence: 1 });
    expect(new Date(rescheduled.startsAt!).getTime()).toBe(moved.getTime());
    const cancelled = (
      await asA.ok<{ cancelCoachingSession: Session }>(CANCEL, {
        id: session.id,
        reason: 'Travelling to Skopje',
      })
    ).cancelCoachingSession;
    expect(cancelled).toMatchObject({
      state: 'CANCELLED',
      sequence: 2,
      cancelReason: 'Travelling to Skopje',
    });
    expect(cancelled.history.map((change) => [change.kind, change.sequence])).toEqual([
      ['scheduled', 0],
      ['rescheduled', 1],
      ['cancelled', 2],
    ]);
    expect(new Date(cancelled.history[1]!.previousStartsAt!).getTime()).toBe(first.getTime());

    for (const person of [coacheeA, coach]) {
      const messages = await invitationsOf(session.id, person);
      expect(messages.map((message) => message.kind)).toEqual([
        'coaching-session-booked',
        'coaching-session-rescheduled',
        'coaching-session-cancelled',
      ]);
      const invites = messages.map(icsOf);
      expect(new Set(invites.map((invite) => invite.uid))).toEqual(new Set([`${session.id}@parity.test`]));
      expect(invites.map((invite) => invite.sequence)).toEqual([0, 1, 2]);
      expect(invites.map((invite) => invite.method)).toEqual(['REQUEST', 'REQUEST', 'CANCEL']);
      expect(invites.map((invite) => invite.start.toJSDate().getTime())).toEqual([
        first.getTime(),
        moved.getTime(),
        moved.getTime(),
      ]);
      expect(messages[2]!.attachments?.[0]?.contentType).toBe('text/calendar; method=CANCEL');
    }
    const [, toCoacheeMoved, toCoacheeCancelled] = await invitationsOf(session.id, coacheeA);
    expect(toCoacheeMoved!.subject).toBe('Сесија је померена: Ana Coach');
    expect(toCoacheeCancelled!.textBody).not.toContain('Travelling to Skopje');

    expect(codeOf(await asCoach.gql(CANCEL, { id: session.id }))).toBe('SESSION_STATE_CONFLICT');
    expect(codeOf(await asCoach.gql(RESCHEDULE, { id: session.id, at: at(15, 9) }))).toBe(
      'SESSION_STATE_CONFLICT',
    );
  });

  it('calls off the sessions ahead when the engagement ends early: booked ones with a CANCEL invitation', async () => {
    const coachee = await given(em()).user({ institution: home, roles: [Role.LEARNER], name: 'Early End' });
    const { engagementId } = await givenCoaching(em(), {
      institution: home,
      coachId: coach.id,
      coacheeId: coachee.id,
      programmeId,
    });
    const asCoachee = await t.client().signIn(coachee.email, TEST_PASSWORD);
    const session = await booked(asCoachee, engagementId, at(40, 9));
    const offered = await propose(engagementId, [at(41, 9)]);
    await asCoachee.ok(
      `mutation($id: ID!) { endCoachingEngagement(id: $id, reason: "Posted abroad") { state } }`,
      { id: engagementId },
    );
    for (const id of [session.id, offered.id]) {
      expect((await asCoach.ok<{ coachingSession: Session }>(READ, { id })).coachingSession.state).toBe(
        'CANCELLED',
      );
    }
    for (const person of [coachee, coach]) {
      const invites = (await invitationsOf(session.id, person)).map(icsOf);
      expect(invites.map((invite) => [invite.method, invite.sequence])).toEqual([
        ['REQUEST', 0],
        ['CANCEL', 1],
      ]);
    }
    const [cancelMail] = (await invitationsOf(session.id, coachee)).slice(-1);
    expect(cancelMail!.textBody).not.toContain('Posted abroad');
  });

  it('hands the invitation to SMTP as a text/calendar attachment a calendar can read', async () => {
    const smtp = new SmtpSink();
    const url = await smtp.start();
    const transport = new MailTransport(`${url}?pool=false`);
    try {
      const time = at(16, 8, 30);
      const session = await booked(asA, engagementA, time);
      const [message] = await invitationsOf(session.id, coacheeA);
      expect(await deliverEmail(em(), transport, 'Parity <no-reply@parity.test>', message!.id, false)).toBe(
        'sent',
      );
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0]!.to).toEqual([coacheeA.email]);
      const { contentType, ics } = calendarPart(smtp.received[0]!.raw);
      expect(contentType).toMatch(/^text\/calendar; method=REQUEST/);
      const invite = readInvite(ics);
      expect(invite).toMatchObject({ method: 'REQUEST', uid: `${session.id}@parity.test`, sequence: 0 });
      expect(invite.start.toJSDate().getTime()).toBe(time.getTime());
      // Sent: the body and the invitation (names, addresses, agenda) are no longer kept in the outbox.
      const sent = await em().findOneOrFail(EmailMessage, message!.id);
      expect(sent.attachments).toBeNull();
    } finally {
      transport.close();
      await smtp.stop();
    }
  });

  it('refuses a second booking that overlaps the coach’s time, and allows one that only touches it', async () => {
    const taken = await booked(asA, engagementA, at(20, 9));
    const overlapping = await propose(engagementB, [at(20, 9, 30)]);
    const refused = await asB.gql(ACCEPT, { id: overlapping.id, at: at(20, 9, 30) });
    expect(codeOf(refused)).toBe('COACH_DOUBLE_BOOKED');
    const still = (await asB.ok<{ coachingSession: Session }>(READ, { id: overlapping.id })).coachingSession;
    expect(still).toMatchObject({ state: 'PROPOSED', startsAt: null, history: [] });
    expect(await invitationsOf(overlapping.id, coacheeB)).toHaveLength(0);

    const next = await booked(asB, engagementB, at(20, 10));
    expect(next.state).toBe('SCHEDULED');
    const moved = await asCoach.gql(RESCHEDULE, { id: next.id, at: at(20, 9, 15) });
    expect(codeOf(moved)).toBe('COACH_DOUBLE_BOOKED');
    const unchanged = (await asB.ok<{ coachingSession: Session }>(READ, { id: next.id })).coachingSession;
    expect(unchanged.sequence).toBe(0);
    expect(new Date(unchanged.startsAt!).getTime()).toBe(at(20, 10).getTime());
    expect(await invitationsOf(next.id, coacheeB)).toHaveLength(1);
    expect(taken.state).toBe('SCHEDULED');
  });

  it('books exactly one of two overlapping sessions accepted at the same moment', async () => {
    for (const day of [22, 23, 24]) {
      const forA = await propose(engagementA, [at(day, 9)]);
      const forB = await propose(engagementB, [at(day, 9, 30)]);
      const results = await Promise.all([
        asA.gql(ACCEPT, { id: forA.id, at: at(day, 9) }),
        asB.gql(ACCEPT, { id: forB.id, at: at(day, 9, 30) }),
      ]);
      expect(results.map(codeOf).sort()).toEqual(['COACH_DOUBLE_BOOKED', undefined]);
      const [row] = await em().execute<{ n: string }[]>(
        `select count(*) as n from coaching_session where id in (?, ?) and state = 'scheduled'`,
        [forA.id, forB.id],
      );
      expect(Number(row!.n)).toBe(1);
    }
  });

  it('allows each step only in its state and to its person, with field problems for bad input', async () => {
    const ended = await givenCoaching(em(), {
      institution: home,
      coachId: coach.id,
      coacheeId: stranger.id,
      programmeId,
      state: 'completed',
    });
    const onEnded = await asCoach.gql(PROPOSE, {
      input: {
        engagementId: ended.engagementId,
        proposedTimes: [at(40, 9)],
        durationMinutes: 60,
        timeZone: 'Europe/Podgorica',
      },
    });
    expect(codeOf(onEnded)).toBe('ENGAGEMENT_STATE_CONFLICT');

    const bad = await asCoach.gql(PROPOSE, {
      input: {
        engagementId: engagementA,
        proposedTimes: [new Date(Date.now() - HOUR).toISOString()],
        durationMinutes: 10,
        timeZone: 'Mars/Olympus',
        onlineUrl: 'javascript:alert(1)',
      },
    });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(problemsOf(bad)).toEqual(
      expect.arrayContaining([
        { field: 'proposedTimes.0', code: 'OUT_OF_RANGE' },
        { field: 'durationMinutes', code: 'TOO_SHORT' },
        { field: 'timeZone', code: 'UNKNOWN_TIME_ZONE' },
        { field: 'onlineUrl', code: 'INVALID' },
      ]),
    );
    const tooMany = await asCoach.gql(PROPOSE, {
      input: {
        engagementId: engagementA,
        proposedTimes: [1, 2, 3, 4, 5, 6].map((hour) => at(41, hour)),
        durationMinutes: 300,
        timeZone: 'Europe/Podgorica',
      },
    });
    expect(problemsOf(tooMany)).toEqual([
      { field: 'proposedTimes', code: 'TOO_LONG' },
      { field: 'durationMinutes', code: 'TOO_LONG' },
    ]);
    expect(
      problemsOf(
        await asCoach.gql(PROPOSE, {
          input: { engagementId: engagementA, proposedTimes: [], durationMinutes: 60, timeZone: 'UTC' },
        }),
      ),
    ).toEqual([{ field: 'proposedTimes', code: 'TOO_SHORT' }]);

    const offered = await propose(engagementA, [at(42, 9)]);
    expect(codeOf(await asCoach.gql(ACCEPT, { id: offered.id, at: at(42, 9) }))).toBe('FORBIDDEN');
    expect(codeOf(await asB.gql(ACCEPT, { id: offered.id, at: at(42, 9) }))).toBe('FORBIDDEN');
    const notOffered = await asA.gql(ACCEPT, { id: offered.id, at: at(42, 10) });
    expect(problemsOf(notOffered)).toEqual([{ field: 'startsAt', code: 'INVALID_VALUE' }]);
    expect(codeOf(await asCoach.gql(RESCHEDULE, { id: offered.id, at: at(42, 11) }))).toBe(
      'SESSION_STATE_CONFLICT',
    );
    const proposing = await asA.gql(PROPOSE, {
      input: { engagementId: engagementA, proposedTimes: [at(43, 9)], durationMinutes: 60, timeZone: 'UTC' },
    });
    expect(codeOf(proposing)).toBe('FORBIDDEN');

    const session = await booked(asA, engagementA, at(44, 9));
    const early = await asCoach.gql(OUTCOME, { id: session.id, outcome: 'HELD' });
    expect(codeOf(early)).toBe('SESSION_STATE_CONFLICT');
    // The session took place: its booked hour is now in the past.
    await em().execute(
      `update coaching_session set starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour' where id = ?`,
      [session.id],
    );
    expect(problemsOf(await asCoach.gql(OUTCOME, { id: session.id, outcome: 'CANCELLED' }))).toEqual([
      { field: 'outcome', code: 'INVALID_VALUE' },
    ]);
    expect(codeOf(await asA.gql(OUTCOME, { id: session.id, outcome: 'HELD' }))).toBe('FORBIDDEN');
    const held = (
      await asCoach.ok<{ recordCoachingSessionOutcome: Session }>(OUTCOME, {
        id: session.id,
        outcome: 'HELD',
      })
    ).recordCoachingSessionOutcome;
    expect(held).toMatchObject({ state: 'HELD', feedbackGiven: false });
    expect(held.history.map((change) => change.kind)).toEqual(['scheduled', 'held']);
    expect(codeOf(await asA.gql(CANCEL, { id: session.id }))).toBe('SESSION_STATE_CONFLICT');
    await em().execute(
      `insert into session_feedback (id, created_at, session_id, engagement_id, usefulness, relevance, confidence)
       values (gen_random_uuid(), now(), ?, ?, 5, 4, 4)`,
      [session.id, engagementA],
    );
    expect(
      (await asA.ok<{ coachingSession: Session }>(READ, { id: session.id })).coachingSession.feedbackGiven,
    ).toBe(true);
  });

  it('shows sessions to the pair only: one session, the engagement’s, and each person’s calendar', async () => {
    const forA = await booked(asA, engagementA, at(50, 9));
    const forB = await propose(engagementB, [at(51, 9), at(52, 9)]);
    expect(codeOf(await asStranger.gql(READ, { id: forA.id }))).toBe('FORBIDDEN');
    expect(codeOf(await asB.gql(READ, { id: forA.id }))).toBe('FORBIDDEN');
    expect(codeOf(await asA.gql(READ, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');

    const range = { from: at(49, 0), to: at(53, 0) };
    const mine = async (client: ApiClient): Promise<string[]> =>
      (await client.ok<{ myCoachingSessions: { id: string }[] }>(MINE, range)).myCoachingSessions.map(
        (session) => session.id,
      );
    expect(await mine(asCoach)).toEqual([forA.id, forB.id]);
    expect(await mine(asA)).toEqual([forA.id]);
    expect(await mine(asB)).toEqual([forB.id]);
    expect(await mine(asStranger)).toEqual([]);
    // A fixed number of statements however many sessions (the sessions, then all their histories at once).
    const counter = new StatementCounter(t.get(MikroORM));
    try {
      const forOne = await counter.measure(() => mine(asA));
      const forTwo = await counter.measure(() => mine(asCoach));
      expect(forTwo).toBe(forOne);
    } finally {
      counter.stop();
    }
    const tooLong = await asCoach.gql(MINE, { from: at(0, 0), to: at(94, 0) });
    expect(problemsOf(tooLong)).toEqual([{ field: 'to', code: 'OUT_OF_RANGE' }]);

    const engagement = await asA.ok<{ coachingEngagement: { sessions: { id: string }[] } }>(
      `query($id: ID!) { coachingEngagement(id: $id) { sessions { id } } }`,
      { id: engagementA },
    );
    expect(engagement.coachingEngagement.sessions.map((session) => session.id)).toContain(forA.id);
    expect(engagement.coachingEngagement.sessions.map((session) => session.id)).not.toContain(forB.id);
  });

  describe('reminders 24 hours and 1 hour before, for the coach and the coachee', () => {
    const sweep = (now: Date) =>
      new ReminderSweep(t.em(), t.get(JobProducer)).runAll({ now: new Date(now.getTime()) });
    const remindersOf = (sessionId: string) =>
      em().find(Notification, { targetId: sessionId }, { orderBy: { createdAt: 'asc', userId: 'asc' } });
    const keys = async (sessionId: string): Promise<string[]> =>
      (await remindersOf(sessionId))
        .map((reminder) => `${reminder.userId === coach.id ? 'coach' : 'coachee'}:${reminder.cycle}`)
        .sort();

    it('writes one reminder per person per offset, and again for the new time after a reschedule', async () => {
      const session = await booked(asA, engagementA, at(60, 9));
      const startsAt = new Date(session.startsAt!);
      await sweep(new Date(startsAt.getTime() - 25 * HOUR));
      expect(await keys(session.id)).toEqual([]);
      await sweep(new Date(startsAt.getTime() - 23 * HOUR));
      await sweep(new Date(startsAt.getTime() - 22 * HOUR));
      expect(await keys(session.id)).toEqual(['coach:24h-s0', 'coachee:24h-s0']);
      const [toCoachee] = (await remindersOf(session.id)).filter(
        (reminder) => reminder.userId === coacheeA.id,
      );
      expect(toCoachee!.params).toMatchObject({
        otherPersonName: 'Ana Coach',
        durationMinutes: 60,
        place: 'https://meet.example.org/coaching',
        hoursLeft: 23,
      });
      expect(new Date(String(toCoachee!.params['startsAt'])).getTime()).toBe(startsAt.getTime());
      const delivery = new NotificationDelivery(t.get(EmailOutbox), t.config);
      const sent = await em().transactional((tx) => delivery.deliver(tx, toCoachee!.id));
      expect(sent.outcome).toBe('delivered');
      expect(sent.email?.subject).toBe('Сесија почиње за 23 сата: Ana Coach');
      expect(sent.email?.textBody).toContain(`http://parity.test/coaching/sessions/${session.id}`);
      await sweep(new Date(startsAt.getTime() - 30 * 60_000));
      expect(await keys(session.id)).toEqual([
        'coach:1h-s0',
        'coach:24h-s0',
        'coachee:1h-s0',
        'coachee:24h-s0',
      ]);

      const moved = at(62, 9);
      await asCoach.ok(RESCHEDULE, { id: session.id, at: moved });
      await sweep(new Date(moved.getTime() - 23 * HOUR));
      expect((await keys(session.id)).filter((key) => key.endsWith('-s1'))).toEqual([
        'coach:24h-s1',
        'coachee:24h-s1',
      ]);
    });

    it('writes none for a cancelled session, and skips at send time one written before the cancellation', async () => {
      const cancelled = await booked(asA, engagementA, at(64, 9));
      await asCoach.ok(CANCEL, { id: cancelled.id });
      await sweep(new Date(new Date(cancelled.startsAt!).getTime() - 23 * HOUR));
      expect(await keys(cancelled.id)).toEqual([]);

      const later = await booked(asA, engagementA, at(66, 9));
      await sweep(new Date(new Date(later.startsAt!).getTime() - 23 * HOUR));
      const [reminder] = await remindersOf(later.id);
      await asA.ok(CANCEL, { id: later.id, reason: 'Called to a mission' });
      const delivery = new NotificationDelivery(t.get(EmailOutbox), t.config);
      const result = await em().transactional((tx) => delivery.deliver(tx, reminder!.id));
      expect(result.outcome).toBe('skipped');
      expect((await em().findOneOrFail(Notification, reminder!.id)).status).toBe(NotificationStatus.SKIPPED);
    });
  });
});
