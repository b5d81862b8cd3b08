import pdfParse from 'pdf-parse/lib/pdf-parse.js';
import { Role, User, type Institution } from '@parity/identity';
import { given, givenCoaching, TEST_PASSWORD } from '@parity/shared/testing';
import { NoteCipher } from '../../libs/coaching/src/note/note-cipher.service';
import { noteKeyRing } from '../../libs/coaching/src/note/note-key-ring';
import { NoteRekey } from '../../libs/coaching/src/note/note-rekey.service';
import type { NoteVisibility } from '../../libs/coaching/src/note/note-visibility.enum';
import { givenCoachingSession } from '../support/given-coaching-session';
import { isolatedRun } from '../support/isolated-run';
import { TestApp, type ApiClient, type GraphqlResult } from '../support/test-app';

// Its own database: the key rotation below re-encrypts every note of the database.
const run = isolatedRun('coaching_notes');

const NOTE = 'id engagementId sessionId author { id displayName } visibility body createdAt updatedAt';
const WRITE = `mutation($input: WriteSessionNoteInput!) { writeSessionNote(input: $input) { ${NOTE} } }`;
const LIST = `query($e: ID!, $first: Int, $after: String) { sessionNotes(engagementId: $e, first: $first, after: $after) {
  nodes { ${NOTE} } pageInfo { endCursor hasNextPage } } }`;
const UPDATE = `mutation($id: ID!, $body: String, $visibility: NoteVisibility) {
  updateSessionNote(id: $id, body: $body, visibility: $visibility) { ${NOTE} } }`;
const ITEM =
  'id engagementId kind title owner { id displayName } dueOn status createdAt progress { id author { id } text createdAt }';
const FEEDBACK = `mutation($input: SessionFeedbackInput!) { submitSessionFeedback(input: $input) }`;

interface Note {
  id: string;
  visibility: 'PRIVATE' | 'SHARED';
  body: string;
  author: { id: string };
  sessionId: string | null;
}
interface NotePage {
  sessionNotes: { nodes: Note[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
}

const codeOf = (result: GraphqlResult): string | undefined => result.errors?.[0]?.extensions?.code;

describe('coaching notes, action plan, feedback and the coachee’s export', () => {
  let t: TestApp;
  let home: Institution;
  let coach: User;
  let coachee: User;
  let manager: User;
  let as: Record<'coach' | 'coachee' | 'manager' | 'stranger', ApiClient>;

  beforeAll(async () => {
    run.migrate();
    t = await TestApp.start();
    const g = given(t.em());
    home = await g.institution();
    coach = await g.user({ institution: home, roles: [Role.COACH], name: 'Ана Петровска' });
    coachee = await g.user({ institution: home, name: 'Drita Krasniqi' });
    manager = await g.user({ institution: home });
    const stranger = await g.user({ institution: home, roles: [Role.INSTITUTION_ADMIN] });
    await t.em().nativeUpdate(User, coachee.id, { locale: 'mk', timeZone: 'Europe/Skopje' });
    const signIn = (user: User) => t.client().signIn(user.email, TEST_PASSWORD);
    as = {
      coach: await signIn(coach),
      coachee: await signIn(coachee),
      manager: await signIn(manager),
      stranger: await signIn(stranger),
    };
  });
  afterAll(async () => {
    await t.close();
    await run.drop();
  });

  const engagement = async (state: 'active' | 'completed' = 'active') =>
    (
      await givenCoaching(t.em(), {
        institution: home,
        coachId: coach.id,
        coacheeId: coachee.id,
        managerIds: [manager.id],
        state,
      })
    ).engagementId;
  const write = async (client: ApiClient, input: Record<string, unknown>): Promise<Note> =>
    (await client.ok<{ writeSessionNote: Note }>(WRITE, { input })).writeSessionNote;
  const list = async (client: ApiClient, e: string, first?: number, after?: string) =>
    (await client.ok<NotePage>(LIST, { e, first, after })).sessionNotes;
  const storedBody = async (id: string): Promise<Buffer> => {
    const [row] = await t
      .em()
      .execute<{ body_ciphertext: Buffer }[]>(`select body_ciphertext from session_note where id = ?`, [id]);
    return row!.body_ciphertext;
  };

  describe('notes', () => {
    it('shows each of the pair their own private notes and every shared note, newest first, paged', async () => {
      const e = await engagement();
      const coachPrivate = await write(as.coach, {
        engagementId: e,
        visibility: 'PRIVATE',
        body: 'coach only',
      });
      const shared = await write(as.coachee, { engagementId: e, visibility: 'SHARED', body: 'for both' });
      const coacheePrivate = await write(as.coachee, {
        engagementId: e,
        visibility: 'PRIVATE',
        body: 'mine',
      });

      expect((await list(as.coach, e)).nodes.map((n) => n.id)).toEqual([shared.id, coachPrivate.id]);
      expect((await list(as.coachee, e)).nodes.map((n) => n.body)).toEqual(['mine', 'for both']);
      expect(coacheePrivate.author.id).toBe(coachee.id);

      const first = await list(as.coachee, e, 1);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = await list(as.coachee, e, 1, first.pageInfo.endCursor!);
      expect([...first.nodes, ...second.nodes].map((n) => n.id)).toEqual([coacheePrivate.id, shared.id]);
      expect(second.pageInfo.hasNextPage).toBe(false);
    });

    it('refuses the notes list to managers, admins and strangers', async () => {
      const e = await engagement();
      for (const client of [as.manager, as.stranger]) {
        expect(codeOf(await client.gql(LIST, { e }))).toBe('FORBIDDEN');
        expect(
          codeOf(await client.gql(WRITE, { input: { engagementId: e, visibility: 'SHARED', body: 'x' } })),
        ).toBe('FORBIDDEN');
      }
    });

    it('writes only on an active engagement, about one of its own sessions, with a body of 1–20 000 characters', async () => {
      const done = await engagement('completed');
      expect(
        codeOf(
          await as.coach.gql(WRITE, { input: { engagementId: done, visibility: 'SHARED', body: 'late' } }),
        ),
      ).toBe('ENGAGEMENT_STATE_CONFLICT');

      const e = await engagement();
      const ownSession = await givenCoachingSession(t.em(), { engagementId: e, coachId: coach.id });
      const otherSession = await givenCoachingSession(t.em(), { engagementId: done, coachId: coach.id });
      const onSession = await write(as.coach, {
        engagementId: e,
        sessionId: ownSession,
        visibility: 'SHARED',
        body: 'about the session',
      });
      expect(onSession.sessionId).toBe(ownSession);
      const wrongSession = await as.coach.gql(WRITE, {
        input: { engagementId: e, sessionId: otherSession, visibility: 'SHARED', body: 'x' },
      });
      expect(wrongSession.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        problems: [{ field: 'sessionId', code: 'INVALID_VALUE' }],
      });

      const secret = 'SECRET-BODY-SHOULD-NOT-ECHO';
      const tooLong = await as.coach.gql(WRITE, {
        input: { engagementId: e, visibility: 'PRIVATE', body: `${secret}${'x'.repeat(20_000)}` },
      });
      expect(tooLong.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        problems: [{ field: 'body', code: 'TOO_LONG' }],
      });
      expect(JSON.stringify(tooLong)).not.toContain(secret);
      const empty = await as.coach.gql(WRITE, {
        input: { engagementId: e, visibility: 'PRIVATE', body: '' },
      });
      expect(codeOf(empty)).toBe('BAD_USER_INPUT');
      const nul = await as.coach.gql(WRITE, {
        input: { engagementId: e, visibility: 'PRIVATE', body: `${secret}\u0000` },
      });
      expect(codeOf(nul)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(nul)).not.toContain(secret);
      expect(
        await write(as.coach, { engagementId: e, visibility: 'PRIVATE', body: 'y'.repeat(20_000) }),
      ).toBeTruthy();
    });

    it('lets only the author change or delete a note; sharing it shows it to the other one', async () => {
      const e = await engagement();
      const note = await write(as.coach, { engagementId: e, visibility: 'PRIVATE', body: 'draft' });
      expect((await list(as.coachee, e)).nodes).toEqual([]);

      for (const client of [as.coachee, as.manager, as.stranger]) {
        expect(codeOf(await client.gql(UPDATE, { id: note.id, body: 'hijack' }))).toBe('FORBIDDEN');
        expect(
          codeOf(await client.gql(`mutation($id: ID!) { deleteSessionNote(id: $id) }`, { id: note.id })),
        ).toBe('FORBIDDEN');
      }
      const shared = (
        await as.coach.ok<{ updateSessionNote: Note & { updatedAt: string } }>(UPDATE, {
          id: note.id,
          body: 'final words',
          visibility: 'SHARED',
        })
      ).updateSessionNote;
      expect(shared).toMatchObject({ visibility: 'SHARED', body: 'final words' });
      expect(shared.updatedAt).not.toBeNull();
      expect((await list(as.coachee, e)).nodes.map((n) => n.body)).toEqual(['final words']);
      expect(codeOf(await as.coach.gql(UPDATE, { id: note.id }))).toBe('BAD_USER_INPUT');

      expect(await as.coach.ok(`mutation($id: ID!) { deleteSessionNote(id: $id) }`, { id: note.id })).toEqual(
        {
          deleteSessionNote: true,
        },
      );
      expect((await list(as.coachee, e)).nodes).toEqual([]);
      const audits = await t
        .em()
        .execute<
          { action: string; details: unknown }[]
        >(`select action, details from audit_event where subject_id = ? order by created_at`, [note.id]);
      expect(audits.map((a) => a.action)).toEqual([
        'coaching.note.visibility-changed',
        'coaching.note.deleted',
      ]);
      expect(JSON.stringify(audits)).not.toMatch(/draft|final words/);
    });

    it('shares a note without new text: it is re-encrypted for its new readers and the coachee reads it', async () => {
      const e = await engagement();
      const note = await write(as.coach, {
        engagementId: e,
        visibility: 'PRIVATE',
        body: 'keep these words',
      });
      const before = await storedBody(note.id);
      const shared = (
        await as.coach.ok<{ updateSessionNote: Note }>(UPDATE, { id: note.id, visibility: 'SHARED' })
      ).updateSessionNote;
      expect(shared).toMatchObject({ visibility: 'SHARED', body: 'keep these words' });
      expect((await storedBody(note.id)).equals(before)).toBe(false);
      expect((await list(as.coachee, e)).nodes.map((n) => n.body)).toEqual(['keep these words']);
      await as.coach.ok(UPDATE, { id: note.id, visibility: 'PRIVATE' });
      expect((await list(as.coachee, e)).nodes).toEqual([]);
      expect((await list(as.coach, e)).nodes.map((n) => n.body)).toEqual(['keep these words']);
    });

    it('never serves a private note flipped to shared (or moved to another engagement) in SQL: it does not open', async () => {
      const e = await engagement();
      const secret = 'FLIPPEDPRIVATEWORDS';
      const note = await write(as.coach, { engagementId: e, visibility: 'PRIVATE', body: secret });
      await t.em().execute(`update session_note set visibility = 'shared' where id = ?`, [note.id]);
      for (const client of [as.coachee, as.coach]) {
        const result = await client.gql(LIST, { e });
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOTE_UNREADABLE', noteId: note.id });
        expect(JSON.stringify(result)).not.toContain(secret);
      }
      // Moving it back restores it for its author only; moving it to another engagement of the pair does not open.
      await t.em().execute(`update session_note set visibility = 'private' where id = ?`, [note.id]);
      expect((await list(as.coach, e)).nodes.map((n) => n.body)).toEqual([secret]);
      const other = await engagement();
      await t.em().execute(`update session_note set engagement_id = ? where id = ?`, [other, note.id]);
      const moved = await as.coach.gql(LIST, { e: other });
      expect(moved.errors?.[0]?.extensions).toMatchObject({ code: 'NOTE_UNREADABLE', noteId: note.id });
      expect(JSON.stringify(moved)).not.toContain(secret);
      // Nor can the app launder it: sharing or editing the tampered note fails and changes nothing (an edit would
      // otherwise seal the author's new words for the row's forged readers).
      await t
        .em()
        .execute(`update session_note set engagement_id = ?, visibility = 'shared' where id = ?`, [
          e,
          note.id,
        ]);
      const before = await storedBody(note.id);
      for (const change of [{ visibility: 'SHARED' }, { body: 'NEWWORDS' }]) {
        const refused = await as.coach.gql(UPDATE, { id: note.id, ...change });
        expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'NOTE_UNREADABLE', noteId: note.id });
      }
      expect((await storedBody(note.id)).equals(before)).toBe(true);
      await t.em().execute(`delete from session_note where id = ?`, [note.id]);
    });

    it('rotates keys: notes:rekey re-encrypts every note of a retired key, page by page, and they still read', async () => {
      const e = await engagement();
      const bodies = ['один', 'dy', 'tri', 'četiri', 'pesë'];
      for (const body of bodies) await write(as.coach, { engagementId: e, visibility: 'PRIVATE', body });
      const development = noteKeyRing(t.config).keys.get('development')!.toString('base64');
      const next = Buffer.alloc(32, 9).toString('base64');
      const rotated = new NoteCipher({
        ...t.config,
        NOTES_ENCRYPTION_KEYS: JSON.stringify({ development, next }),
        NOTES_ENCRYPTION_KEY_ID: 'next',
      });
      const result = await new NoteRekey(rotated).run(t.em(), { pageSize: 2 });
      const rows = await t.em().execute<
        {
          id: string;
          author_id: string;
          engagement_id: string;
          visibility: NoteVisibility;
          key_id: string;
          body_ciphertext: Buffer;
        }[]
      >(
        `select id, author_id, engagement_id, visibility, key_id, body_ciphertext from session_note
            where engagement_id = ?`,
        [e],
      );
      expect(rows.map((row) => row.key_id)).toEqual(bodies.map(() => 'next'));
      expect(result.rekeyed).toBeGreaterThanOrEqual(bodies.length);
      expect(result.pages).toBeGreaterThanOrEqual(3);
      expect(await new NoteRekey(rotated).remaining(t.em())).toBe(0);
      // Only the new key is needed now; then rotate back so the running api (development key) reads them again.
      const nextOnly = new NoteCipher({
        ...t.config,
        NOTES_ENCRYPTION_KEYS: JSON.stringify({ next }),
        NOTES_ENCRYPTION_KEY_ID: 'next',
      });
      const read = rows.map((row) =>
        nextOnly.decrypt(
          {
            noteId: row.id,
            authorId: row.author_id,
            engagementId: row.engagement_id,
            visibility: row.visibility,
          },
          { keyId: row.key_id, ciphertext: row.body_ciphertext },
        ),
      );
      expect(read.sort()).toEqual([...bodies].sort());
      const back = new NoteCipher({
        ...t.config,
        NOTES_ENCRYPTION_KEYS: JSON.stringify({ development, next }),
        NOTES_ENCRYPTION_KEY_ID: 'development',
      });
      await new NoteRekey(back).run(t.em());
      expect((await list(as.coach, e)).nodes.map((n) => n.body).sort()).toEqual([...bodies].sort());
    });
  });

  describe('action plan', () => {
    it('lets the pair add goals and actions owned by one of them, change them and report progress', async () => {
      const e = await engagement();
      const created = (
        await as.coach.ok<{ createActionItem: { id: string; status: string; owner: { id: string } } }>(
          `mutation($input: ActionItemInput!) { createActionItem(input: $input) { ${ITEM} } }`,
          {
            input: {
              engagementId: e,
              kind: 'goal',
              title: 'Lead the gender analysis',
              ownerId: coachee.id,
              dueOn: '2027-05-31',
            },
          },
        )
      ).createActionItem;
      expect(created).toMatchObject({ status: 'OPEN', owner: { id: coachee.id }, dueOn: '2027-05-31' });

      const updated = await as.coachee.ok<{
        updateActionItem: { status: string; dueOn: string | null; title: string };
      }>(
        `mutation($id: ID!, $input: UpdateActionItemInput!) { updateActionItem(id: $id, input: $input) { ${ITEM} } }`,
        { id: created.id, input: { status: 'IN_PROGRESS', dueOn: null } },
      );
      expect(updated.updateActionItem).toMatchObject({
        status: 'IN_PROGRESS',
        dueOn: null,
        title: 'Lead the gender analysis',
      });
      await as.coachee.ok(
        `mutation($id: ID!, $text: String!) { addActionProgress(actionItemId: $id, text: $text) { id } }`,
        { id: created.id, text: 'Outline drafted' },
      );
      const opened = await as.coach.ok<{
        coachingEngagement: {
          actionItems: { id: string; progress: { text: string; author: { id: string } }[] }[];
        };
      }>(`query($id: ID!) { coachingEngagement(id: $id) { actionItems { ${ITEM} } } }`, { id: e });
      expect(opened.coachingEngagement.actionItems).toEqual([
        expect.objectContaining({
          id: created.id,
          progress: [expect.objectContaining({ text: 'Outline drafted', author: { id: coachee.id } })],
        }),
      ]);
    });

    it('refuses an owner outside the pair, outsiders, and changes once the engagement is over', async () => {
      const e = await engagement();
      const create = (client: ApiClient, ownerId: string, engagementId = e) =>
        client.gql(`mutation($input: ActionItemInput!) { createActionItem(input: $input) { id } }`, {
          input: { engagementId, kind: 'action', title: 'Something', ownerId },
        });
      expect((await create(as.coach, manager.id)).errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        problems: [{ field: 'ownerId', code: 'INVALID_VALUE' }],
      });
      for (const dueOn of ['0000-01-01', '1899-12-31']) {
        const early = await as.coach.gql(
          `mutation($input: ActionItemInput!) { createActionItem(input: $input) { id } }`,
          { input: { engagementId: e, kind: 'goal', title: 'Something', ownerId: coach.id, dueOn } },
        );
        expect(early.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          problems: [{ field: 'dueOn', code: 'INVALID' }],
        });
      }
      expect(codeOf(await create(as.manager, coach.id))).toBe('FORBIDDEN');
      expect(codeOf(await create(as.stranger, coach.id))).toBe('FORBIDDEN');
      expect(codeOf(await create(as.coach, coach.id, await engagement('completed')))).toBe(
        'ENGAGEMENT_STATE_CONFLICT',
      );
      const read = await as.manager.gql(
        `query($id: ID!) { coachingEngagement(id: $id) { actionItems { id } } }`,
        {
          id: e,
        },
      );
      expect(codeOf(read)).toBe('FORBIDDEN');
    });
  });

  describe('session feedback', () => {
    it('takes the coachee’s ratings of a held session once, even when two submissions race', async () => {
      const e = await engagement();
      const held = await givenCoachingSession(t.em(), { engagementId: e, coachId: coach.id });
      const input = { sessionId: held, usefulness: 5, relevance: 4, confidence: 3 };
      expect(await as.coachee.ok(FEEDBACK, { input })).toEqual({ submitSessionFeedback: true });
      expect(codeOf(await as.coachee.gql(FEEDBACK, { input }))).toBe('FEEDBACK_ALREADY_GIVEN');

      const raced = await givenCoachingSession(t.em(), { engagementId: e, coachId: coach.id });
      const results = await Promise.all(
        [1, 2, 3].map(() => as.coachee.gql(FEEDBACK, { input: { ...input, sessionId: raced } })),
      );
      expect(results.map((r) => codeOf(r) ?? 'ok').sort()).toEqual([
        'FEEDBACK_ALREADY_GIVEN',
        'FEEDBACK_ALREADY_GIVEN',
        'ok',
      ]);
      const [row] = await t
        .em()
        .execute<{ n: string }[]>(`select count(*) as n from session_feedback where session_id = ?`, [raced]);
      expect(Number(row?.n)).toBe(1);
    });

    it('refuses the coach and outsiders, sessions not held, and ratings outside 1–5', async () => {
      const e = await engagement();
      const held = await givenCoachingSession(t.em(), { engagementId: e, coachId: coach.id });
      const scheduled = await givenCoachingSession(t.em(), {
        engagementId: e,
        coachId: coach.id,
        state: 'scheduled',
      });
      const input = { sessionId: held, usefulness: 5, relevance: 4, confidence: 3 };
      for (const client of [as.coach, as.manager, as.stranger]) {
        expect(codeOf(await client.gql(FEEDBACK, { input }))).toBe('FORBIDDEN');
      }
      expect(codeOf(await as.coachee.gql(FEEDBACK, { input: { ...input, sessionId: scheduled } }))).toBe(
        'SESSION_STATE_CONFLICT',
      );
      const bad = await as.coachee.gql(FEEDBACK, { input: { ...input, usefulness: 6, relevance: 0 } });
      expect(bad.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        problems: [
          { field: 'usefulness', code: 'TOO_LONG' },
          { field: 'relevance', code: 'TOO_SHORT' },
        ],
      });
    });
  });

  describe('the coachee’s PDF export', () => {
    it('gives the coachee sessions, shared notes and the plan in their language — no private note, not cached', async () => {
      const e = await engagement();
      await givenCoachingSession(t.em(), { engagementId: e, coachId: coach.id });
      await write(as.coach, { engagementId: e, visibility: 'SHARED', body: 'Shared agreement Ђ ë' });
      await write(as.coach, { engagementId: e, visibility: 'PRIVATE', body: 'COACHPRIVATEWORDS' });
      await write(as.coachee, { engagementId: e, visibility: 'PRIVATE', body: 'COACHEEPRIVATEWORDS' });
      await as.coach.ok(`mutation($input: ActionItemInput!) { createActionItem(input: $input) { id } }`, {
        input: { engagementId: e, kind: 'goal', title: 'Brief the command', ownerId: coachee.id },
      });

      const response = await as.coachee.get(`/coaching/engagements/${e}/export.pdf`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['cache-control']).toBe('no-store');
      const text = (await pdfParse(response.rawPayload)).text.replace(/\s+/g, ' ');
      for (const expected of ['Коучинг ангажман', 'Сесии', 'Заеднички белешки', 'Акциски план', 'одржана']) {
        expect(text).toContain(expected);
      }
      expect(text).toContain('Shared agreement Ђ ë');
      expect(text).toContain('Brief the command');
      expect(text).toContain('Ана Петровска');
      expect(text).not.toContain('PRIVATEWORDS');

      const [audit] = await t
        .em()
        .execute<
          { actor_id: string; details: unknown }[]
        >(`select actor_id, details from audit_event where action = 'coaching.engagement.exported' and subject_id = ?`, [e]);
      expect(audit?.actor_id).toBe(coachee.id);
      expect(JSON.stringify(audit?.details)).not.toMatch(/Shared agreement|Brief/);
    });

    it('refuses the coach, managers, admins, strangers and anonymous callers', async () => {
      const e = await engagement();
      for (const client of [as.coach, as.manager, as.stranger]) {
        const response = await client.get(`/coaching/engagements/${e}/export.pdf`);
        expect(response.statusCode).toBe(403);
        expect(response.json()).toMatchObject({ code: 'FORBIDDEN' });
      }
      expect((await t.client().get(`/coaching/engagements/${e}/export.pdf`)).statusCode).toBe(401);
      expect((await as.coachee.get(`/coaching/engagements/not-an-id/export.pdf`)).statusCode).toBe(404);
    });
  });
});
