import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/core';
import { Role, type Institution, type User } from '@parity/identity';
import { given, givenCoaching, StatementCounter, TEST_PASSWORD } from '@parity/shared/testing';
import { isolatedRun } from '../support/isolated-run';
import { TestApp, type ApiClient, type GraphqlResult } from '../support/test-app';

// Its own database: matching lists coaches of every institution who share a language, so coaches other spec files
// create would show up in its lists.
const run = isolatedRun('coaching_programmes');

const PROGRAMME_FIELDS = `id institutionId name description startsOn endsOn selfSignUp managers { id displayName } iManage myApplication`;
const SUMMARY_FIELDS = `id programmeId programmeName coach { id displayName } coachee { id displayName } state plannedSessions
  sessionsHeld actionItemsOpen actionItemsDone nextSessionAt startsOn endsOn coachAcceptedAt coacheeConfirmedAt
  coachCompletedAt completedAt myRole`;
const CREATE = `mutation($input: CoachingProgrammeInput!) { createCoachingProgramme(input: $input) { ${PROGRAMME_FIELDS} } }`;
const PROGRAMME = `query($id: ID!) { coachingProgramme(id: $id) { ${PROGRAMME_FIELDS} } }`;
const PROPOSE = `mutation($p: ID!, $coach: ID!, $coachee: ID!, $n: Int!, $from: String, $to: String) {
  proposeCoachingEngagement(programmeId: $p, coachId: $coach, coacheeId: $coachee, plannedSessions: $n,
                            startsOn: $from, endsOn: $to) { ${SUMMARY_FIELDS} } }`;
const ACCEPT = `mutation($id: ID!) { acceptCoachingEngagement(id: $id) { ${SUMMARY_FIELDS} } }`;
const DECLINE = `mutation($id: ID!) { declineCoachingEngagement(id: $id) { ${SUMMARY_FIELDS} } }`;
const MARK = `mutation($id: ID!) { markCoachingEngagementComplete(id: $id) { ${SUMMARY_FIELDS} } }`;
const CONFIRM = `mutation($id: ID!) { confirmCoachingEngagementComplete(id: $id) { ${SUMMARY_FIELDS} } }`;
const END = `mutation($id: ID!, $reason: String!) { endCoachingEngagement(id: $id, reason: $reason) { ${SUMMARY_FIELDS} } }`;
const MATCHING = `query($p: ID!, $language: String, $expertise: String, $first: Int, $after: String) {
  coachesForMatching(programmeId: $p, language: $language, expertise: $expertise, first: $first, after: $after) {
    userId displayName languages expertise activeEngagements maxEngagements accepting } }`;
const SAVE_PROFILE = `mutation($input: CoachProfileInput!) { saveMyCoachProfile(input: $input) {
  userId expertise languages availability maxEngagements accepting activeEngagements } }`;
const PROGRAMME_ENGAGEMENTS = `query($p: ID!, $state: EngagementState, $first: Int, $after: String) {
  programmeEngagements(programmeId: $p, state: $state, first: $first, after: $after) {
    nodes { ${SUMMARY_FIELDS} } pageInfo { endCursor hasNextPage } } }`;
const DASHBOARD = `query($p: ID!) { programmeDashboard(programmeId: $p) {
  programmeId engagementsByState { state count } sessionsHeldByMonth { month count }
  feedback { responses usefulness relevance confidence } sessionsHeld sessionsPlanned } }`;

interface Programme {
  id: string;
  managers: { id: string; displayName: string }[];
  iManage: boolean;
  myApplication: string | null;
  selfSignUp: boolean;
}
interface Summary {
  id: string;
  state: string;
  plannedSessions: number;
  nextSessionAt: string | null;
  sessionsHeld: number;
  coach: { id: string };
  coachee: { id: string };
  coachAcceptedAt: string | null;
  coacheeConfirmedAt: string | null;
  coachCompletedAt: string | null;
  completedAt: string | null;
  myRole: string | null;
}
interface Coach {
  userId: string;
  displayName: string;
  activeEngagements: number;
}

const codeOf = (result: GraphqlResult): string | undefined => result.errors?.[0]?.extensions?.code;
const problemsOf = (result: GraphqlResult): { field: string; code: string }[] =>
  (result.errors?.[0]?.extensions?.['problems'] as { field: string; code: string }[] | undefined) ?? [];

describe('coaching programmes: matching, the engagement lifecycle and the managers’ aggregates', () => {
  let t: TestApp;
  let home: Institution;
  let away: Institution;
  const people: Record<string, User> = {};
  const as: Record<string, ApiClient> = {};
  let programmeId: string;
  let engagementId: string;

  const count = async (sql: string, params: unknown[]): Promise<number> => {
    const [row] = await t.em().execute<{ n: string | number }[]>(sql, params);
    return Number(row?.n ?? 0);
  };

  /** A held session of the engagement, `daysAgo` days back (written as the sessions service leaves one). */
  async function heldSession(id: string, coachId: string, daysAgo: number): Promise<string> {
    const sessionId = randomUUID();
    const startsAt = new Date(Date.now() - daysAgo * 86_400_000);
    await t.em().execute(
      `insert into coaching_session (id, created_at, engagement_id, coach_id, state, proposed_times, starts_at, ends_at,
                                     duration_minutes, time_zone)
       values (?, now(), ?, ?, 'held', '[]', ?, ?::timestamptz + interval '60 minutes', 60, 'Europe/Podgorica')`,
      [sessionId, id, coachId, startsAt, startsAt],
    );
    return sessionId;
  }

  beforeAll(async () => {
    run.migrate();
    t = await TestApp.start();
    const g = given(t.em());
    home = await g.institution();
    away = await g.institution();
    const person = async (key: string, institution: Institution, roles: Role[], name?: string) => {
      const user = await g.user({ institution, roles, ...(name ? { name } : {}) });
      people[key] = user;
      as[key] = await t.client().signIn(user.email, TEST_PASSWORD);
    };
    await person('admin', home, [Role.INSTITUTION_ADMIN]);
    await person('manager', home, [Role.LEARNER]);
    await person('coach', home, [Role.COACH], 'Zora Home Coach');
    await person('busyCoach', home, [Role.COACH], 'Ana Busy Coach');
    await person('pausedCoach', home, [Role.COACH]);
    await person('awayCoach', away, [Role.COACH], 'Besa Away Coach');
    await person('coachee', home, [Role.LEARNER]);
    await person('colleague', home, [Role.LEARNER]);
    await person('outsider', away, [Role.LEARNER]);
    const profile = (expertise: string[], languages: string[], accepting = true) => ({
      input: { expertise, languages, maxEngagements: 10, accepting, availability: 'Mornings' },
    });
    await as['coach']!.ok(SAVE_PROFILE, profile(['Leadership', 'UNSCR 1325'], ['cnr', 'en']));
    await as['busyCoach']!.ok(SAVE_PROFILE, profile(['Gender mainstreaming'], ['en']));
    await as['pausedCoach']!.ok(SAVE_PROFILE, profile(['Leadership'], ['en'], false));
    await as['awayCoach']!.ok(SAVE_PROFILE, profile(['UNSCR 1325'], ['sq']));
    // The busy coach already coaches someone (in another programme): their load is one.
    await givenCoaching(t.em(), {
      institution: home,
      coachId: people['busyCoach']!.id,
      coacheeId: people['outsider']!.id,
    });
  });
  afterAll(async () => {
    await t.close();
    await run.drop();
  });

  it('lets an admin create a programme with a manager (audited); its people see it, only runners as theirs', async () => {
    const created = await as['admin']!.ok<{ createCoachingProgramme: Programme }>(CREATE, {
      input: {
        institutionId: home.id,
        name: 'Gender Coach Programme 2027 — Test',
        description: 'One-to-one coaching',
        startsOn: '2027-01-01',
        endsOn: '2027-12-31',
        selfSignUp: true,
        managerIds: [people['manager']!.id],
      },
    });
    programmeId = created.createCoachingProgramme.id;
    expect(created.createCoachingProgramme).toMatchObject({
      managers: [{ id: people['manager']!.id, displayName: people['manager']!.displayName }],
      iManage: true,
      selfSignUp: true,
      myApplication: null,
    });
    expect(
      await count(`select count(*) as n from audit_event where action = ? and subject_id = ?`, [
        'coaching-programme.created',
        programmeId,
      ]),
    ).toBe(1);

    const byManager = await as['manager']!.ok<{ coachingProgramme: Programme }>(PROGRAMME, {
      id: programmeId,
    });
    expect(byManager.coachingProgramme.iManage).toBe(true);
    const byCoachee = await as['coachee']!.ok<{ coachingProgramme: Programme }>(PROGRAMME, {
      id: programmeId,
    });
    expect(byCoachee.coachingProgramme.iManage).toBe(false);
    const list = await as['coachee']!.ok<{ coachingProgrammes: { nodes: { id: string }[] } }>(
      `{ coachingProgrammes { nodes { id } } }`,
    );
    expect(list.coachingProgrammes.nodes.map((node) => node.id)).toContain(programmeId);

    expect(codeOf(await as['outsider']!.gql(PROGRAMME, { id: programmeId }))).toBe('FORBIDDEN');
    expect(
      codeOf(
        await as['manager']!.gql(CREATE, {
          input: {
            institutionId: home.id,
            name: 'Not allowed',
            startsOn: '2027-01-01',
            endsOn: '2027-12-31',
            selfSignUp: false,
            managerIds: [],
          },
        }),
      ),
    ).toBe('FORBIDDEN');
  });

  it('refuses a manager of another institution, reversed dates and an empty name, naming each field, writing nothing', async () => {
    const before = await count(`select count(*) as n from coaching_programme where institution_id = ?`, [
      home.id,
    ]);
    const result = await as['admin']!.gql(CREATE, {
      input: {
        institutionId: home.id,
        name: '  ',
        startsOn: '2027-06-01',
        endsOn: '2027-01-01',
        selfSignUp: false,
        managerIds: [people['outsider']!.id],
      },
    });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(problemsOf(result)).toEqual(
      expect.arrayContaining([
        { field: 'name', code: 'REQUIRED' },
        { field: 'endsOn', code: 'OUT_OF_RANGE' },
      ]),
    );
    const managers = await as['admin']!.gql(CREATE, {
      input: {
        institutionId: home.id,
        name: 'Foreign manager',
        startsOn: '2027-01-01',
        endsOn: '2027-02-01',
        selfSignUp: false,
        managerIds: [people['manager']!.id, people['outsider']!.id],
      },
    });
    expect(problemsOf(managers)).toEqual([{ field: 'managerIds.1', code: 'INVALID' }]);
    expect(
      await count(`select count(*) as n from coaching_programme where institution_id = ?`, [home.id]),
    ).toBe(before);
  });

  it('takes a self-sign-up once, and lets the manager approve it', async () => {
    const APPLY = `mutation($p: ID!) { applyToCoachingProgramme(programmeId: $p) { id status programmeId person { id } } }`;
    const first = await as['coachee']!.ok<{ applyToCoachingProgramme: { id: string; status: string } }>(
      APPLY,
      {
        p: programmeId,
      },
    );
    const again = await as['coachee']!.ok<{ applyToCoachingProgramme: { id: string; status: string } }>(
      APPLY,
      {
        p: programmeId,
      },
    );
    expect(again.applyToCoachingProgramme).toEqual(first.applyToCoachingProgramme);
    expect(first.applyToCoachingProgramme.status).toBe('PENDING');
    const mine = await as['coachee']!.ok<{ myProgrammeApplications: { id: string }[] }>(
      `{ myProgrammeApplications { id status } }`,
    );
    expect(mine.myProgrammeApplications.map((a) => a.id)).toEqual([first.applyToCoachingProgramme.id]);

    const pending = await as['manager']!.ok<{
      programmeApplications: { id: string; person: { id: string } }[];
    }>(`query($p: ID!) { programmeApplications(programmeId: $p, status: PENDING) { id person { id } } }`, {
      p: programmeId,
    });
    expect(pending.programmeApplications).toEqual([
      { id: first.applyToCoachingProgramme.id, person: { id: people['coachee']!.id } },
    ]);
    const DECIDE = `mutation($id: ID!) { decideProgrammeApplication(id: $id, approve: true) { status } }`;
    expect(codeOf(await as['coachee']!.gql(DECIDE, { id: first.applyToCoachingProgramme.id }))).toBe(
      'FORBIDDEN',
    );
    const decided = await as['manager']!.ok<{ decideProgrammeApplication: { status: string } }>(DECIDE, {
      id: first.applyToCoachingProgramme.id,
    });
    expect(decided.decideProgrammeApplication.status).toBe('APPROVED');
    const seen = await as['coachee']!.ok<{ coachingProgramme: Programme }>(PROGRAMME, { id: programmeId });
    expect(seen.coachingProgramme.myApplication).toBe('APPROVED');
    expect(
      await count(
        `select count(*) as n from audit_event where action = 'programme-application.approved' and subject_id = ?`,
        [first.applyToCoachingProgramme.id],
      ),
    ).toBe(1);

    const closed = await givenCoaching(t.em(), {
      institution: home,
      coachId: people['coach']!.id,
      coacheeId: people['colleague']!.id,
      state: 'completed',
    });
    const refused = await as['coachee']!.gql(APPLY, { p: closed.programmeId });
    expect(codeOf(refused)).toBe('SELF_SIGN_UP_CLOSED');
  });

  it('lists coaches with room by language and expertise, least loaded first; others’ coaches only in a shared language', async () => {
    const names = async (variables: Record<string, unknown>) =>
      (await as['manager']!.ok<{ coachesForMatching: Coach[] }>(MATCHING, { p: programmeId, ...variables }))
        .coachesForMatching;
    const english = await names({ language: 'en' });
    // Ana (load 1) sorts after Zora (load 0); the coach who is not accepting is left out.
    expect(english.map((c) => [c.displayName, c.activeEngagements])).toEqual([
      ['Zora Home Coach', 0],
      ['Ana Busy Coach', 1],
    ]);
    expect((await names({})).map((c) => c.userId)).toEqual([people['coach']!.id, people['busyCoach']!.id]);
    expect((await names({ language: 'sq' })).map((c) => c.displayName)).toEqual(['Besa Away Coach']);
    expect((await names({ expertise: 'unscr' })).map((c) => c.displayName)).toEqual(['Zora Home Coach']);
    expect((await names({ language: 'sq', expertise: 'unscr' })).map((c) => c.displayName)).toEqual([
      'Besa Away Coach',
    ]);
    const firstPage = await names({ language: 'en', first: 1 });
    expect(await names({ language: 'en', first: 1, after: firstPage[0]!.userId })).toEqual([english[1]]);

    const bad = await as['manager']!.gql(MATCHING, { p: programmeId, language: 'xx' });
    expect(problemsOf(bad)).toEqual([{ field: 'language', code: 'UNSUPPORTED_LOCALE' }]);
    expect(codeOf(await as['coach']!.gql(MATCHING, { p: programmeId }))).toBe('FORBIDDEN');
  });

  it('matches a coach and a coachee: proposed by the manager (audited), accepted by the coach, confirmed by the coachee', async () => {
    const proposed = await as['manager']!.ok<{ proposeCoachingEngagement: Summary }>(PROPOSE, {
      p: programmeId,
      coach: people['coach']!.id,
      coachee: people['coachee']!.id,
      n: 2,
      from: '2027-01-15',
      to: '2027-06-30',
    });
    engagementId = proposed.proposeCoachingEngagement.id;
    expect(proposed.proposeCoachingEngagement).toMatchObject({
      state: 'PROPOSED',
      plannedSessions: 2,
      sessionsHeld: 0,
      myRole: null,
      coach: { id: people['coach']!.id },
      coachee: { id: people['coachee']!.id },
    });
    expect(
      await count(
        `select count(*) as n from audit_event where action = 'coaching-engagement.proposed' and subject_id = ?`,
        [engagementId],
      ),
    ).toBe(1);

    const accepted = await as['coach']!.ok<{ acceptCoachingEngagement: Summary }>(ACCEPT, {
      id: engagementId,
    });
    expect(accepted.acceptCoachingEngagement).toMatchObject({ state: 'PROPOSED', myRole: 'coach' });
    expect(accepted.acceptCoachingEngagement.coachAcceptedAt).not.toBeNull();
    expect(accepted.acceptCoachingEngagement.coacheeConfirmedAt).toBeNull();
    const confirmed = await as['coachee']!.ok<{ acceptCoachingEngagement: Summary }>(ACCEPT, {
      id: engagementId,
    });
    expect(confirmed.acceptCoachingEngagement).toMatchObject({ state: 'ACTIVE', myRole: 'coachee' });
    expect(codeOf(await as['coachee']!.gql(DECLINE, { id: engagementId }))).toBe('ENGAGEMENT_STATE_CONFLICT');

    const mine = await as['coach']!.ok<{ myCoachingEngagements: { nodes: Summary[] } }>(
      `{ myCoachingEngagements { nodes { id state myRole } } }`,
    );
    expect(mine.myCoachingEngagements.nodes).toContainEqual({
      id: engagementId,
      state: 'ACTIVE',
      myRole: 'coach',
    });
    const opened = await as['coachee']!.ok<{ coachingEngagement: { id: string; summary: Summary } }>(
      `query($id: ID!) { coachingEngagement(id: $id) { id summary { state myRole } } }`,
      { id: engagementId },
    );
    expect(opened.coachingEngagement).toEqual({
      id: engagementId,
      summary: { state: 'ACTIVE', myRole: 'coachee' },
    });
    // Managers see summaries, never the engagement itself.
    expect(
      codeOf(
        await as['manager']!.gql(`query($id: ID!) { coachingEngagement(id: $id) { id } }`, {
          id: engagementId,
        }),
      ),
    ).toBe('FORBIDDEN');

    const again = await as['manager']!.gql(PROPOSE, {
      p: programmeId,
      coach: people['busyCoach']!.id,
      coachee: people['coachee']!.id,
      n: 2,
    });
    expect(codeOf(again)).toBe('ENGAGEMENT_ALREADY_OPEN');
  });

  it('refuses coaches who cannot take the engagement and coachees outside the programme', async () => {
    const propose = (coach: string, coachee: string) =>
      as['manager']!.gql(PROPOSE, { p: programmeId, coach, coachee, n: 3 });
    expect(codeOf(await propose(people['pausedCoach']!.id, people['colleague']!.id))).toBe(
      'COACH_UNAVAILABLE',
    );
    // A profile without the COACH role is not a coach.
    await t
      .em()
      .execute(
        `insert into coach_profile (id, created_at, user_id, expertise, languages) values (gen_random_uuid(), now(), ?, '[]', '["en"]')`,
        [people['admin']!.id],
      );
    expect(codeOf(await propose(people['admin']!.id, people['colleague']!.id))).toBe('COACH_UNAVAILABLE');
    const outsider = await propose(people['coach']!.id, people['outsider']!.id);
    expect(problemsOf(outsider)).toEqual([{ field: 'coacheeId', code: 'INVALID' }]);
    expect(
      codeOf(
        await as['coach']!.gql(PROPOSE, {
          p: programmeId,
          coach: people['coach']!.id,
          coachee: people['colleague']!.id,
          n: 3,
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      await count(
        `select count(*) as n from coaching_engagement where programme_id = ? and coachee_id in (?, ?)`,
        [programmeId, people['colleague']!.id, people['outsider']!.id],
      ),
    ).toBe(0);
  });

  it('opens one engagement when two proposals for a coachee arrive at once', async () => {
    const results = await Promise.all(
      [people['coach']!, people['busyCoach']!].map((coach) =>
        as['manager']!.gql<{ proposeCoachingEngagement: Summary }>(PROPOSE, {
          p: programmeId,
          coach: coach.id,
          coachee: people['colleague']!.id,
          n: 4,
        }),
      ),
    );
    const succeeded = results.filter((result) => result.data?.proposeCoachingEngagement);
    expect(succeeded).toHaveLength(1);
    expect(results.map(codeOf).filter(Boolean)).toEqual(['ENGAGEMENT_ALREADY_OPEN']);
    expect(
      await count(
        `select count(*) as n from coaching_engagement where programme_id = ? and coachee_id = ? and state in ('proposed', 'active')`,
        [programmeId, people['colleague']!.id],
      ),
    ).toBe(1);

    // Declined, the slot is free again.
    const id = succeeded[0]!.data!.proposeCoachingEngagement.id;
    const declined = await as['colleague']!.ok<{ declineCoachingEngagement: Summary }>(DECLINE, { id });
    expect(declined.declineCoachingEngagement.state).toBe('DECLINED');
    const next = await as['manager']!.ok<{ proposeCoachingEngagement: Summary }>(PROPOSE, {
      p: programmeId,
      coach: people['coach']!.id,
      coachee: people['colleague']!.id,
      n: 4,
    });
    expect(next.proposeCoachingEngagement.state).toBe('PROPOSED');
  });

  it('completes only after the planned sessions were held, and records the completion event once', async () => {
    const coachId = people['coach']!.id;
    const tooFew = await as['coach']!.gql(MARK, { id: engagementId });
    expect(codeOf(tooFew)).toBe('NOT_ENOUGH_SESSIONS');
    expect(codeOf(await as['coachee']!.gql(CONFIRM, { id: engagementId }))).toBe('ENGAGEMENT_STATE_CONFLICT');
    await heldSession(engagementId, coachId, 3);
    expect(codeOf(await as['coach']!.gql(MARK, { id: engagementId }))).toBe('NOT_ENOUGH_SESSIONS');
    await heldSession(engagementId, coachId, 2);
    // Marking is the coach's step, confirming the coachee's.
    expect(codeOf(await as['coachee']!.gql(MARK, { id: engagementId }))).toBe('FORBIDDEN');
    const marked = await as['coach']!.ok<{ markCoachingEngagementComplete: Summary }>(MARK, {
      id: engagementId,
    });
    expect(marked.markCoachingEngagementComplete).toMatchObject({ state: 'ACTIVE', sessionsHeld: 2 });
    expect(marked.markCoachingEngagementComplete.coachCompletedAt).not.toBeNull();

    const confirmations = await Promise.all(
      [1, 2].map(() =>
        as['coachee']!.gql<{ confirmCoachingEngagementComplete: Summary }>(CONFIRM, { id: engagementId }),
      ),
    );
    for (const result of confirmations) {
      expect(result.errors).toBeUndefined();
      expect(result.data?.confirmCoachingEngagementComplete.state).toBe('COMPLETED');
    }
    const events = await t
      .em()
      .execute<
        { topic: string; payload: { engagementId: string; coacheeId: string } }[]
      >(`select topic, payload from outbox_event where key = ?`, [`engagement-completed:${engagementId}`]);
    expect(events).toEqual([
      {
        topic: 'coaching.engagement-completed',
        payload: { engagementId, coacheeId: people['coachee']!.id },
      },
    ]);
    expect(codeOf(await as['manager']!.gql(END, { id: engagementId, reason: 'Too late' }))).toBe(
      'ENGAGEMENT_STATE_CONFLICT',
    );
  });

  it('shows the manager counts per state and month, and feedback averages only from three coachees', async () => {
    const coachId = people['coach']!.id;
    const sessions = await t
      .em()
      .execute<
        { id: string }[]
      >(`select id from coaching_session where engagement_id = ? order by starts_at`, [engagementId]);
    const feedback = async (sessionId: string, score: number) =>
      t.em().execute(
        `insert into session_feedback (id, created_at, session_id, engagement_id, usefulness, relevance, confidence)
           values (gen_random_uuid(), now(), ?, ?, ?, ?, ?)`,
        [sessionId, engagementId, score, score - 1, 5],
      );
    await feedback(sessions[0]!.id, 4);
    await feedback(sessions[1]!.id, 5);
    type Dashboard = {
      programmeDashboard: {
        engagementsByState: { state: string; count: number }[];
        sessionsHeldByMonth: { month: string; count: number }[];
        feedback: {
          responses: number;
          usefulness: number | null;
          relevance: number | null;
          confidence: number | null;
        };
        sessionsHeld: number;
        sessionsPlanned: number;
      };
    };
    const hidden = (await as['manager']!.ok<Dashboard>(DASHBOARD, { p: programmeId })).programmeDashboard;
    expect(hidden.feedback).toEqual({ responses: 2, usefulness: null, relevance: null, confidence: null });
    expect(Object.fromEntries(hidden.engagementsByState.map((row) => [row.state, row.count]))).toEqual({
      PROPOSED: 1,
      ACTIVE: 0,
      COMPLETED: 1,
      ENDED_EARLY: 0,
      DECLINED: 1,
    });
    expect(hidden.sessionsHeld).toBe(2);
    expect(hidden.sessionsPlanned).toBe(2);
    expect(hidden.sessionsHeldByMonth).toHaveLength(12);
    const months = new Map(hidden.sessionsHeldByMonth.map((row) => [row.month, row.count]));
    const expected = new Map<string, number>();
    for (const daysAgo of [3, 2]) {
      const month = new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 7);
      expected.set(month, (expected.get(month) ?? 0) + 1);
    }
    for (const [month, n] of expected) expect(months.get(month)).toBe(n);
    expect(hidden.sessionsHeldByMonth.at(-1)!.month).toBe(new Date().toISOString().slice(0, 7));

    // A third answer of the same coachee: still one person's ratings, still hidden.
    await feedback(await heldSession(engagementId, coachId, 1), 3);
    const onePerson = (await as['admin']!.ok<Dashboard>(DASHBOARD, { p: programmeId })).programmeDashboard;
    expect(onePerson.feedback).toEqual({ responses: 3, usefulness: null, relevance: null, confidence: null });
    // Two more coachees answer: three people, the averages show (rounded to one decimal).
    for (const [daysAgo, score] of [
      [4, 2],
      [5, 5],
    ] as const) {
      const other = await given(t.em()).user({ institution: home });
      const fixture = await givenCoaching(t.em(), {
        institution: home,
        coachId,
        coacheeId: other.id,
        programmeId,
        state: 'completed',
      });
      const sessionId = await heldSession(fixture.engagementId, coachId, daysAgo);
      await t.em().execute(
        `insert into session_feedback (id, created_at, session_id, engagement_id, usefulness, relevance, confidence)
           values (gen_random_uuid(), now(), ?, ?, ?, ?, 5)`,
        [sessionId, fixture.engagementId, score, score - 1],
      );
    }
    const shown = (await as['admin']!.ok<Dashboard>(DASHBOARD, { p: programmeId })).programmeDashboard;
    expect(shown.feedback).toEqual({ responses: 5, usefulness: 3.8, relevance: 2.8, confidence: 5 });
    expect(codeOf(await as['coach']!.gql(DASHBOARD, { p: programmeId }))).toBe('FORBIDDEN');
    expect(codeOf(await as['coachee']!.gql(DASHBOARD, { p: programmeId }))).toBe('FORBIDDEN');
  });

  it('tells the pair when the next session is, and the managers only how many were held', async () => {
    const coachId = people['coach']!.id;
    const coachee = await given(t.em()).user({ institution: home });
    const fixture = await givenCoaching(t.em(), {
      institution: home,
      coachId,
      coacheeId: coachee.id,
      programmeId,
    });
    const startsAt = new Date(Date.now() + 9 * 86_400_000);
    await t.em().execute(
      `insert into coaching_session (id, created_at, engagement_id, coach_id, state, proposed_times, starts_at, ends_at,
                                     duration_minutes, time_zone)
       values (gen_random_uuid(), now(), ?, ?, 'scheduled', '[]', ?, ?::timestamptz + interval '60 minutes', 60, 'UTC')`,
      [fixture.engagementId, coachId, startsAt, startsAt],
    );
    const mine = await as['coach']!.ok<{ myCoachingEngagements: { nodes: Summary[] } }>(
      `{ myCoachingEngagements(first: 50) { nodes { ${SUMMARY_FIELDS} } } }`,
    );
    const forCoach = mine.myCoachingEngagements.nodes.find((node) => node.id === fixture.engagementId);
    expect(new Date(forCoach!.nextSessionAt!).getTime()).toBe(startsAt.getTime());
    const listed = await as['manager']!.ok<{ programmeEngagements: { nodes: Summary[] } }>(
      PROGRAMME_ENGAGEMENTS,
      {
        p: programmeId,
        first: 50,
      },
    );
    const forManager = listed.programmeEngagements.nodes.find((node) => node.id === fixture.engagementId);
    expect(forManager).toMatchObject({ state: 'ACTIVE', nextSessionAt: null, myRole: null });
  });

  it('pages a programme’s engagements in a fixed number of statements, filtered by state', async () => {
    const [{ count: before }] = await t
      .em()
      .execute<
        { count: number }[]
      >(`select count(*)::int as count from coaching_engagement where programme_id = ?`, [programmeId]);
    for (let i = 0; i < 3; i += 1) {
      const person = await given(t.em()).user({ institution: home });
      await as['manager']!.ok(PROPOSE, {
        p: programmeId,
        coach: people['busyCoach']!.id,
        coachee: person.id,
        n: 1,
      });
    }
    type Page = {
      programmeEngagements: { nodes: Summary[]; pageInfo: { endCursor: string; hasNextPage: boolean } };
    };
    const first = await as['manager']!.ok<Page>(PROGRAMME_ENGAGEMENTS, { p: programmeId, first: 2 });
    expect(first.programmeEngagements.pageInfo.hasNextPage).toBe(true);
    const rest = await as['manager']!.ok<Page>(PROGRAMME_ENGAGEMENTS, {
      p: programmeId,
      first: 50,
      after: first.programmeEngagements.pageInfo.endCursor,
    });
    const all = [...first.programmeEngagements.nodes, ...rest.programmeEngagements.nodes];
    expect(new Set(all.map((node) => node.id)).size).toBe(all.length);
    expect(all).toHaveLength(before! + 3);
    const completed = await as['manager']!.ok<Page>(PROGRAMME_ENGAGEMENTS, {
      p: programmeId,
      state: 'COMPLETED',
      first: 50,
    });
    expect(completed.programmeEngagements.nodes.every((node) => node.state === 'COMPLETED')).toBe(true);
    expect(completed.programmeEngagements.nodes).toContainEqual(
      expect.objectContaining({ id: engagementId, sessionsHeld: 3, myRole: null }),
    );

    const counter = new StatementCounter(t.get(MikroORM));
    try {
      const statements = (first: number) =>
        counter.measure(() => as['manager']!.ok(PROGRAMME_ENGAGEMENTS, { p: programmeId, first }));
      expect(await statements(6)).toBe(await statements(1));
    } finally {
      counter.stop();
    }

    const badFirst = await as['manager']!.gql(PROGRAMME_ENGAGEMENTS, { p: programmeId, first: 0 });
    expect(problemsOf(badFirst)).toEqual([{ field: 'first', code: 'OUT_OF_RANGE' }]);
    const badCursor = await as['manager']!.gql(PROGRAMME_ENGAGEMENTS, { p: programmeId, after: 'nope' });
    expect(problemsOf(badCursor)).toEqual([{ field: 'after', code: 'INVALID_CURSOR' }]);
  });

  it('lets a manager end an engagement early (audited), not the pair’s way (not audited)', async () => {
    const byManager = await givenCoaching(t.em(), {
      institution: home,
      programmeId,
      coachId: people['coach']!.id,
      coacheeId: (await given(t.em()).user({ institution: home })).id,
    });
    const ended = await as['manager']!.ok<{ endCoachingEngagement: Summary }>(END, {
      id: byManager.engagementId,
      reason: 'The coachee was reassigned abroad.',
    });
    expect(ended.endCoachingEngagement.state).toBe('ENDED_EARLY');
    const byPair = await givenCoaching(t.em(), {
      institution: home,
      programmeId,
      coachId: people['coach']!.id,
      coacheeId: people['admin']!.id,
    });
    await as['coach']!.ok(END, { id: byPair.engagementId, reason: 'We agreed to stop.' });
    const audited = await t
      .em()
      .execute<
        { subject_id: string }[]
      >(`select subject_id from audit_event where action = 'coaching-engagement.ended' and subject_id in (?, ?)`, [byManager.engagementId, byPair.engagementId]);
    expect(audited.map((row) => row.subject_id)).toEqual([byManager.engagementId]);
    expect(codeOf(await as['coach']!.gql(END, { id: byPair.engagementId, reason: 'Again' }))).toBe(
      'ENGAGEMENT_STATE_CONFLICT',
    );
  });

  it('answers bad input with BAD_USER_INPUT and the field at fault', async () => {
    const propose = (variables: Record<string, unknown>) =>
      as['manager']!.gql(PROPOSE, {
        p: programmeId,
        coach: people['coach']!.id,
        coachee: people['colleague']!.id,
        n: 3,
        ...variables,
      });
    expect(problemsOf(await propose({ n: 0 }))).toEqual([{ field: 'plannedSessions', code: 'TOO_SHORT' }]);
    expect(problemsOf(await propose({ coachee: people['coach']!.id }))).toEqual([
      { field: 'coacheeId', code: 'INVALID' },
    ]);
    expect(problemsOf(await propose({ from: '2027-02-30' }))).toEqual([
      { field: 'startsOn', code: 'INVALID' },
    ]);
    expect(codeOf(await propose({ p: 'not-a-programme' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as['manager']!.gql(DASHBOARD, { p: randomUUID() }))).toBe('NOT_FOUND');
    expect(problemsOf(await as['coach']!.gql(END, { id: engagementId, reason: '   ' }))).toEqual([
      { field: 'reason', code: 'REQUIRED' },
    ]);
    const profile = await as['coach']!.gql(SAVE_PROFILE, {
      input: { expertise: [], languages: ['xx'], maxEngagements: 0, accepting: true },
    });
    expect(problemsOf(profile)).toEqual(
      expect.arrayContaining([
        { field: 'languages.0', code: 'UNSUPPORTED_LOCALE' },
        { field: 'maxEngagements', code: 'TOO_SHORT' },
      ]),
    );
    expect(
      codeOf(
        await as['coachee']!.gql(SAVE_PROFILE, {
          input: { expertise: [], languages: ['en'], maxEngagements: 1, accepting: true },
        }),
      ),
    ).toBe('FORBIDDEN');
    const own = await as['coach']!.ok<{ myCoachProfile: { languages: string[]; activeEngagements: number } }>(
      `{ myCoachProfile { languages activeEngagements } }`,
    );
    expect(own.myCoachProfile.languages).toEqual(['cnr', 'en']);
  });
});
