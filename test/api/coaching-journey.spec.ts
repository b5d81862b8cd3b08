import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { MikroORM, RequestContext } from '@mikro-orm/core';
import { Role, type User } from '@parity/identity';
import { given, TEST_PASSWORD } from '@parity/shared/testing';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { DeliverEventHandler } from '../../apps/worker/src/events/deliver-event.handler';
import { TestApp, type ApiClient } from '../support/test-app';

const DAY = 86_400_000;
const SUMMARY = `id state sessionsHeld plannedSessions actionItemsOpen actionItemsDone myRole`;

interface Summary {
  id: string;
  state: string;
  sessionsHeld: number;
  actionItemsDone: number;
}

/**
 * The Gender Coach Programme from end to end, through the API only (the clock is the one thing moved by hand: a
 * session is recorded as held after it started): an admin opens a programme, its manager matches a coach with a
 * commander, the two schedule, hold and record five sessions with notes, feedback and an action plan, complete the
 * engagement, and the worker issues one certificate of participation.
 */
describe('coaching journey: match, five sessions, notes and actions, completion, one certificate', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  const as: Record<'admin' | 'manager' | 'coach' | 'commander', ApiClient> = {} as never;
  const people: Record<'admin' | 'manager' | 'coach' | 'commander', User> = {} as never;

  beforeAll(async () => {
    t = await TestApp.start();
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    const g = given(t.em());
    const ministry = await g.institution();
    const roles = {
      admin: Role.INSTITUTION_ADMIN,
      manager: Role.LEARNER,
      coach: Role.COACH,
      commander: Role.LEARNER,
    };
    for (const key of Object.keys(roles) as (keyof typeof roles)[]) {
      people[key] = await g.user({ institution: ministry, roles: [roles[key]] });
      as[key] = await t.client().signIn(people[key].email, TEST_PASSWORD);
    }
  });

  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  it('runs the whole programme once, and certifies the commander’s participation exactly once', async () => {
    const institutionId = people.admin.institution.id;
    const { createCoachingProgramme: programme } = await as.admin.ok<{
      createCoachingProgramme: { id: string };
    }>(`mutation($input: CoachingProgrammeInput!) { createCoachingProgramme(input: $input) { id } }`, {
      input: {
        institutionId,
        name: 'Gender Coach Programme 2027 — Journey',
        description: null,
        startsOn: '2027-01-01',
        endsOn: '2027-12-31',
        selfSignUp: false,
        managerIds: [people.manager.id],
      },
    });
    await as.coach.ok(
      `mutation($input: CoachProfileInput!) { saveMyCoachProfile(input: $input) { userId } }`,
      {
        input: {
          expertise: ['Leadership'],
          languages: ['en'],
          availability: 'Mornings',
          maxEngagements: 3,
          accepting: true,
        },
      },
    );
    const coaches = await as.manager.ok<{ coachesForMatching: { userId: string }[] }>(
      `query($p: ID!) { coachesForMatching(programmeId: $p, language: "en") { userId } }`,
      { p: programme.id },
    );
    expect(coaches.coachesForMatching.map((coach) => coach.userId)).toContain(people.coach.id);
    const { proposeCoachingEngagement: proposed } = await as.manager.ok<{
      proposeCoachingEngagement: Summary;
    }>(
      `mutation($p: ID!, $coach: ID!, $coachee: ID!) {
        proposeCoachingEngagement(programmeId: $p, coachId: $coach, coacheeId: $coachee, plannedSessions: 5) { ${SUMMARY} } }`,
      { p: programme.id, coach: people.coach.id, coachee: people.commander.id },
    );
    const engagementId = proposed.id;
    const accept = `mutation($id: ID!) { acceptCoachingEngagement(id: $id) { ${SUMMARY} } }`;
    await as.coach.ok(accept, { id: engagementId });
    const active = await as.commander.ok<{ acceptCoachingEngagement: Summary }>(accept, { id: engagementId });
    expect(active.acceptCoachingEngagement.state).toBe('ACTIVE');

    const { createActionItem: action } = await as.coach.ok<{ createActionItem: { id: string } }>(
      `mutation($input: ActionItemInput!) { createActionItem(input: $input) { id } }`,
      {
        input: {
          engagementId,
          kind: 'action',
          title: 'Review deployment criteria with a gender perspective',
          ownerId: people.commander.id,
        },
      },
    );

    for (let n = 1; n <= 5; n += 1) {
      const offered = [new Date(Date.now() + n * DAY), new Date(Date.now() + n * DAY + 3_600_000)];
      const { proposeCoachingSession: session } = await as.coach.ok<{
        proposeCoachingSession: { id: string };
      }>(`mutation($input: ProposeSessionInput!) { proposeCoachingSession(input: $input) { id } }`, {
        input: {
          engagementId,
          proposedTimes: offered.map((time) => time.toISOString()),
          durationMinutes: 60,
          timeZone: 'Europe/Podgorica',
          onlineUrl: 'https://meet.example.org/journey',
        },
      });
      await as.commander.ok(
        `mutation($id: ID!, $at: DateTime!) { acceptCoachingSessionTime(id: $id, startsAt: $at) { id } }`,
        { id: session.id, at: offered[1]!.toISOString() },
      );
      // Time passes: the session took place (n × 2 hours ago, so the coach's sessions never overlap).
      await t.em().execute(
        `update coaching_session set starts_at = now() - make_interval(hours => ?), ends_at = now() - make_interval(hours => ?) + interval '60 minutes'
          where id = ?`,
        [n * 2, n * 2, session.id],
      );
      const held = await as.coach.ok<{ recordCoachingSessionOutcome: { state: string } }>(
        `mutation($id: ID!) { recordCoachingSessionOutcome(id: $id, outcome: HELD) { state } }`,
        { id: session.id },
      );
      expect(held.recordCoachingSessionOutcome.state).toBe('HELD');
      const note = `mutation($input: WriteSessionNoteInput!) { writeSessionNote(input: $input) { id visibility } }`;
      await as.coach.ok(note, {
        input: {
          engagementId,
          sessionId: session.id,
          visibility: 'SHARED',
          body: `Session ${n}: agreed steps.`,
        },
      });
      await as.coach.ok(note, {
        input: {
          engagementId,
          sessionId: session.id,
          visibility: 'PRIVATE',
          body: `Session ${n}: my own note.`,
        },
      });
      await as.commander.ok(
        `mutation($input: SessionFeedbackInput!) { submitSessionFeedback(input: $input) }`,
        { input: { sessionId: session.id, usefulness: 5, relevance: 4, confidence: 4 } },
      );
      await as.commander.ok(
        `mutation($id: ID!, $text: String!) { addActionProgress(actionItemId: $id, text: $text) { id } }`,
        { id: action.id, text: `After session ${n}: progress noted.` },
      );
    }
    await as.commander.ok(
      `mutation($id: ID!) { updateActionItem(id: $id, input: { status: DONE }) { id } }`,
      { id: action.id },
    );

    // The commander reads the five shared notes, never the coach's private ones.
    const notes = await as.commander.ok<{ sessionNotes: { nodes: { visibility: string; body: string }[] } }>(
      `query($e: ID!) { sessionNotes(engagementId: $e, first: 50) { nodes { visibility body } } }`,
      { e: engagementId },
    );
    expect(notes.sessionNotes.nodes).toHaveLength(5);
    expect(notes.sessionNotes.nodes.every((node) => node.visibility === 'SHARED')).toBe(true);

    const marked = await as.coach.ok<{ markCoachingEngagementComplete: Summary }>(
      `mutation($id: ID!) { markCoachingEngagementComplete(id: $id) { ${SUMMARY} } }`,
      { id: engagementId },
    );
    expect(marked.markCoachingEngagementComplete).toMatchObject({ sessionsHeld: 5, actionItemsDone: 1 });
    const confirm = `mutation($id: ID!) { confirmCoachingEngagementComplete(id: $id) { ${SUMMARY} } }`;
    const confirmations = await Promise.all([
      as.commander.ok<{ confirmCoachingEngagementComplete: Summary }>(confirm, { id: engagementId }),
      as.commander.ok<{ confirmCoachingEngagementComplete: Summary }>(confirm, { id: engagementId }),
    ]);
    expect(confirmations.map((c) => c.confirmCoachingEngagementComplete.state)).toEqual([
      'COMPLETED',
      'COMPLETED',
    ]);

    // One completion event; delivered twice at once and again: one certificate of participation.
    const events = await t
      .em()
      .execute<
        { id: string }[]
      >(`select id from outbox_event where key = ?`, [`engagement-completed:${engagementId}`]);
    expect(events).toHaveLength(1);
    const deliver = () =>
      RequestContext.create(worker.get(MikroORM).em, () =>
        worker.get(DeliverEventHandler).handle({ data: { outboxEventId: events[0]!.id } } as never),
      );
    await Promise.all([deliver(), deliver()]);
    await deliver();
    const certificates = await t
      .em()
      .execute<
        { kind: string; user_id: string }[]
      >(`select kind, user_id from certificate where source_key = ?`, [`coaching-engagement:${engagementId}`]);
    expect(certificates).toEqual([{ kind: 'participation', user_id: people.commander.id }]);
    const mine = await as.commander.ok<{ myCertificates: { kind: string; courseTitle: { text: string } }[] }>(
      `{ myCertificates { kind courseTitle { text } } }`,
    );
    expect(mine.myCertificates).toContainEqual({
      kind: 'PARTICIPATION',
      courseTitle: { text: 'Certificate of participation — Gender Coach Programme 2027 — Journey' },
    });

    // The manager sees the figures, not the words: five sessions held, one coachee's feedback kept hidden.
    const dashboard = await as.manager.ok<{
      programmeDashboard: {
        sessionsHeld: number;
        feedback: { responses: number; usefulness: number | null };
      };
    }>(
      `query($p: ID!) { programmeDashboard(programmeId: $p) { sessionsHeld feedback { responses usefulness } } }`,
      {
        p: programme.id,
      },
    );
    expect(dashboard.programmeDashboard).toEqual({
      sessionsHeld: 5,
      feedback: { responses: 5, usefulness: null },
    });
  });
});
