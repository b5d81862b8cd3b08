import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Redis } from 'ioredis';
import { ALL_RELATIONS, Role, type Institution, type Relation, type User } from '@parity/identity';
import { createLogger, loadConfig, type AppConfig } from '@parity/shared/config';
import { given, givenCoaching, TEST_PASSWORD } from '@parity/shared/testing';
import { createApp } from '../../apps/api/src/create-app';
import { givenCoachingSession } from '../support/given-coaching-session';
import { isolatedRun } from '../support/isolated-run';
import { ApiClient, type GraphqlResult } from '../support/test-app';

// Every Redis key of this test run (the isolated prefix below starts with it).
const RUN_PREFIX = process.env['REDIS_PREFIX'] ?? 'parity-test';
// Its own database, so "every row of every table" is this file's.
const run = isolatedRun('coaching_canary');

const CANARY = `CANARY${randomBytes(6).toString('hex').toUpperCase()}NOTE`;

/**
 * The forms the canary could take if a body reached storage in clear: the text, its hex (how PostgreSQL prints
 * bytea, and how a Buffer prints), and its base64 at each of the three byte alignments it could sit at inside a
 * longer text (the edge characters, which depend on the neighbours, trimmed).
 */
function canaryForms(): string[] {
  const forms = [CANARY, Buffer.from(CANARY).toString('hex')];
  for (const shift of [0, 1, 2]) {
    const encoded = Buffer.concat([Buffer.alloc(shift, 0x20), Buffer.from(CANARY)]).toString('base64');
    forms.push(encoded.slice(Math.ceil((shift * 4) / 3) + 1, -4));
  }
  return forms;
}
const FORMS = canaryForms();
const leaks = (text: string): string[] =>
  FORMS.filter((form) => text.toLowerCase().includes(form.toLowerCase()));

/** Everything the process writes to stdout/stderr (console, pino's default destination via fs) and the app logger. */
class LogCapture {
  readonly lines: string[] = [];
  private restore: (() => void)[] = [];

  readonly stream = { write: (line: string): void => void this.lines.push(line) };

  install(): void {
    const record = (chunk: unknown): void => {
      this.lines.push(Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk));
    };
    for (const target of [process.stdout, process.stderr]) {
      const original = target.write.bind(target);
      target.write = ((chunk: unknown, ...rest: never[]) => {
        record(chunk);
        return original(chunk as string, ...rest);
      }) as typeof target.write;
      this.restore.push(() => (target.write = original));
    }
    const { write, writeSync } = fs;
    const isStd = (fd: unknown): boolean => fd === 1 || fd === 2;
    fs.writeSync = ((fd: number, data: unknown, ...rest: never[]) => {
      if (isStd(fd)) record(data);
      return writeSync(fd, data as string, ...rest);
    }) as typeof fs.writeSync;
    fs.write = ((fd: number, data: unknown, ...rest: never[]) => {
      if (isStd(fd)) record(data);
      return (write as (...args: unknown[]) => void)(fd, data, ...rest);
    }) as typeof fs.write;
    this.restore.push(() => {
      fs.writeSync = writeSync;
      fs.write = write;
    });
  }

  uninstall(): void {
    for (const undo of this.restore.reverse()) undo();
    this.restore = [];
  }
}

const NOTE_FIELDS_SELECTION: Record<string, string> = { author: 'author { id displayName }' };
const selection = (field: string): string => NOTE_FIELDS_SELECTION[field] ?? field;
const codes = (result: GraphqlResult): (string | undefined)[] =>
  (result.errors ?? []).map((error) => error.extensions?.code);

describe('the note canary: a note’s text is nowhere but in its readers’ answers', () => {
  const capture = new LogCapture();
  const previousLogLevel = process.env['LOG_LEVEL'];
  let app: NestFastifyApplication;
  let config: AppConfig;
  let em: () => EntityManager;
  let people: Record<Exclude<Relation, 'author'>, User>;
  let clients: Record<Exclude<Relation, 'author'>, ApiClient>;
  let linesAtStart = 0;
  let home: Institution;
  const notes: { id: string; engagementId: string; authorRelation: 'coach' | 'coachee'; shared: boolean }[] =
    [];

  beforeAll(async () => {
    run.migrate();
    capture.install();
    process.env['LOG_LEVEL'] = 'trace';
    config = loadConfig();
    ({ app } = await createApp(config, createLogger('api', 'trace', capture.stream)));
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    em = () => app.get(MikroORM).em.fork() as EntityManager;
    const g = given(em());
    home = await g.institution();
    const away = await g.institution();
    people = {
      coach: await g.user({ institution: home, roles: [Role.COACH] }),
      coachee: await g.user({ institution: home }),
      manager: await g.user({ institution: home }),
      institution_admin: await g.user({ institution: home, roles: [Role.INSTITUTION_ADMIN] }),
      platform_admin: await g.user({ institution: away, roles: [Role.PLATFORM_ADMIN] }),
      stranger: await g.user({ institution: home, roles: [Role.COACH] }),
    };
    clients = {} as typeof clients;
    let ip = 0;
    for (const [relation, person] of Object.entries(people) as [Exclude<Relation, 'author'>, User][]) {
      clients[relation] = await new ApiClient(app, `10.77.${process.pid & 255}.${++ip}`).signIn(
        person.email,
        TEST_PASSWORD,
      );
    }
    linesAtStart = capture.lines.length;
  });

  afterAll(async () => {
    capture.uninstall();
    if (previousLogLevel === undefined) delete process.env['LOG_LEVEL'];
    else process.env['LOG_LEVEL'] = previousLogLevel;
    await app?.close();
    await run.drop();
  });

  const engagement = async (): Promise<string> =>
    (
      await givenCoaching(em(), {
        institution: home,
        coachId: people.coach.id,
        coacheeId: people.coachee.id,
        managerIds: [people.manager.id],
      })
    ).engagementId;

  it('writes, shares and updates notes carrying the canary through the api, and bad requests with it too', async () => {
    const write = async (
      by: 'coach' | 'coachee',
      visibility: 'PRIVATE' | 'SHARED',
      body: string,
    ): Promise<{ id: string; engagementId: string }> => {
      const engagementId = await engagement();
      const sessionId = await givenCoachingSession(em(), { engagementId, coachId: people.coach.id });
      const { writeSessionNote } = await clients[by].ok<{ writeSessionNote: { id: string } }>(
        `mutation($input: WriteSessionNoteInput!) { writeSessionNote(input: $input) { id body } }`,
        { input: { engagementId, sessionId, visibility, body } },
      );
      return { id: writeSessionNote.id, engagementId };
    };
    const privateByCoachee = await write('coachee', 'PRIVATE', `Private ${CANARY} — coachee`);
    const privateByCoach = await write('coach', 'PRIVATE', 'draft without it');
    const sharedByCoach = await write('coach', 'SHARED', `Shared ${CANARY} — both`);
    notes.push(
      { ...privateByCoachee, authorRelation: 'coachee', shared: false },
      { ...privateByCoach, authorRelation: 'coach', shared: false },
      { ...sharedByCoach, authorRelation: 'coach', shared: true },
    );
    const update = `mutation($id: ID!, $body: String, $v: NoteVisibility) {
      updateSessionNote(id: $id, body: $body, visibility: $v) { id body updatedAt } }`;
    // Every note has an updatedAt, so that every field has a value to leak.
    await clients.coach.ok(update, { id: privateByCoach.id, body: `Updated ${CANARY} by its author` });
    await clients.coachee.ok(update, { id: privateByCoachee.id, v: 'PRIVATE' });
    await clients.coach.ok(update, { id: sharedByCoach.id, v: 'SHARED' });

    // Requests that fail carry the canary too; their answers must not echo it.
    const failing = [
      await clients.coachee.gql(update, { id: privateByCoach.id, body: `Hijack ${CANARY}` }),
      await clients.manager.gql(update, { id: sharedByCoach.id, body: `Manager ${CANARY}` }),
      await clients.coach.gql(
        `mutation($input: WriteSessionNoteInput!) { writeSessionNote(input: $input) { id } }`,
        {
          input: {
            engagementId: privateByCoach.engagementId,
            visibility: 'PRIVATE',
            body: `${CANARY}${'x'.repeat(20_001)}`,
          },
        },
      ),
      await clients.coach.gql(
        `mutation($input: WriteSessionNoteInput!) { writeSessionNote(input: $input) { id } }`,
        {
          input: {
            engagementId: privateByCoach.engagementId,
            visibility: 'PRIVATE',
            body: `${CANARY}\u0000`,
          },
        },
      ),
      await clients.stranger.gql(
        `mutation($input: WriteSessionNoteInput!) { writeSessionNote(input: $input) { id } }`,
        {
          input: {
            engagementId: sharedByCoach.engagementId,
            visibility: 'SHARED',
            body: `Stranger ${CANARY}`,
          },
        },
      ),
    ];
    expect(failing.map((result) => codes(result)[0])).toEqual([
      'FORBIDDEN',
      'FORBIDDEN',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'FORBIDDEN',
    ]);
    expect(failing.flatMap((result) => leaks(JSON.stringify(result)))).toEqual([]);
  });

  it('lets only the author read any field of a private note, and only the pair any field of a shared one', async () => {
    const type = await clients.coach.ok<{ __type: { fields: { name: string }[] } }>(
      `{ __type(name: "SessionNote") { fields { name } } }`,
    );
    const fields = type.__type.fields.map((field) => field.name);
    expect(fields).toEqual(
      expect.arrayContaining([
        'id',
        'engagementId',
        'sessionId',
        'author',
        'visibility',
        'body',
        'createdAt',
        'updatedAt',
      ]),
    );
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const note of notes) {
      for (const relation of ALL_RELATIONS) {
        // The note's author holds `author` (and their pair relation); the other relations are other people.
        if (relation === note.authorRelation) continue;
        const client = clients[relation === 'author' ? note.authorRelation : relation];
        const mayRead = note.shared
          ? ['author', 'coach', 'coachee'].includes(relation)
          : relation === 'author';
        for (const field of fields) {
          const listed = await client.gql<{ sessionNotes: { nodes: Record<string, unknown>[] } }>(
            `query($e: ID!) { sessionNotes(engagementId: $e) { nodes { ${selection(field)} } } }`,
            { e: note.engagementId },
          );
          const readByList = !listed.errors && listed.data?.sessionNotes.nodes.length === 1;
          const nodeValue = listed.data?.sessionNotes.nodes[0]?.[field];
          if (readByList) expect(nodeValue).not.toBeNull();
          const changed = await client.gql<{ updateSessionNote: Record<string, unknown> | null }>(
            `mutation($id: ID!, $v: NoteVisibility) { updateSessionNote(id: $id, visibility: $v) { ${selection(field)} } }`,
            { id: note.id, v: note.shared ? 'SHARED' : 'PRIVATE' },
          );
          const readByMutation = !changed.errors && changed.data?.updateSessionNote != null;
          outcomes.push(
            `${note.shared ? 'shared' : 'private'} ${field} as ${relation}: list ${readByList}, edit ${readByMutation}`,
          );
          expected.push(
            `${note.shared ? 'shared' : 'private'} ${field} as ${relation}: list ${mayRead}, edit ${relation === 'author'}`,
          );
          if (!readByList && !readByMutation && !mayRead) {
            expect(leaks(JSON.stringify([listed, changed]))).toEqual([]);
          }
        }
      }
    }
    expect(outcomes).toEqual(expected);
    expect(outcomes.length).toBe(notes.length * 6 * fields.length);
  });

  it('finds the canary in no column of any table (as text, bytea hex or base64)', async () => {
    const tables = await em().execute<{ table_name: string }[]>(
      `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    );
    const names = tables.map((table) => table.table_name);
    expect(names).toEqual(
      expect.arrayContaining(['session_note', 'audit_event', 'email_message', 'outbox_event']),
    );
    const [notesStored] = await em().execute<{ n: string }[]>(`select count(*) as n from session_note`);
    expect(Number(notesStored?.n)).toBe(3);
    const found: string[] = [];
    for (const name of names) {
      for (const form of FORMS) {
        const [row] = await em().execute<{ n: string }[]>(
          `select count(*) as n from "${name}" t where t::text ilike ?`,
          [`%${form}%`],
        );
        if (Number(row?.n) > 0) found.push(`${name}: ${form}`);
      }
    }
    expect(found).toEqual([]);
    // The check can fail: the same scan finds a value that is stored in clear.
    const [control] = await em().execute<{ n: string }[]>(
      `select count(*) as n from "user_account" t where t::text ilike ?`,
      [`%${people.coachee.email}%`],
    );
    expect(Number(control?.n)).toBe(1);
  });

  it('finds the canary in no log line the api wrote, though it did write lines and every channel is captured', async () => {
    new Logger('CanaryProbe').log('canary-capture-nest');
    createLogger('canary-capture', 'info').info('canary-capture-pino');
    process.stderr.write('canary-capture-stderr\n');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const all = capture.lines.join('');
    for (const sentinel of ['canary-capture-nest', 'canary-capture-pino', 'canary-capture-stderr']) {
      expect(all).toContain(sentinel);
    }
    expect(linesAtStart).toBeGreaterThan(0);
    expect(leaks(all)).toEqual([]);
  });

  it('finds the canary in no Redis value of this test run', async () => {
    // A failed sign-in leaves rate-limit keys under the prefix, so the scan reads something real.
    const failed = await new ApiClient(app, '10.78.0.1').gql(
      `mutation($input: LoginInput!) { login(input: $input) { id } }`,
      { input: { email: people.coach.email, password: 'not the password' } },
    );
    expect(codes(failed)[0]).toBeDefined();
    const redis = new Redis(config.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
    await redis.connect();
    try {
      const values: string[] = [];
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${RUN_PREFIX}*`, 'COUNT', 500);
        cursor = next;
        for (const key of keys) {
          values.push(key);
          const type = await redis.type(key);
          if (type === 'string') values.push((await redis.getBuffer(key))?.toString('latin1') ?? '');
          else if (type === 'hash') values.push(JSON.stringify(await redis.hgetall(key)));
          else if (type === 'list') values.push(JSON.stringify(await redis.lrange(key, 0, -1)));
          else if (type === 'set') values.push(JSON.stringify(await redis.smembers(key)));
          else if (type === 'zset') values.push(JSON.stringify(await redis.zrange(key, 0, -1, 'WITHSCORES')));
          else if (type === 'stream') values.push(JSON.stringify(await redis.xrange(key, '-', '+')));
        }
      } while (cursor !== '0');
      expect(values.some((value) => value.includes('login-fail'))).toBe(true);
      expect(leaks(values.join('\n'))).toEqual([]);
    } finally {
      redis.disconnect();
    }
  });
});
