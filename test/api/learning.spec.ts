import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Lesson, LessonFile, QuizKind } from '@parity/curriculum';
import { Role, type Institution, type User } from '@parity/identity';
import { CompletionService, Enrolment, LessonFileAccess, QuizOutcome } from '@parity/learning';
import { EventTopic } from '@parity/shared/queue';
import { FILE_STORAGE, StoredFile, type FileStorage } from '@parity/shared/storage';
import {
  given,
  givenPublishedCourse,
  StatementCounter,
  TEST_PASSWORD,
  type PublishedCourseFixture,
} from '@parity/shared/testing';
import { TestApp, type ApiClient } from '../support/test-app';

const ENROL = `mutation($c: ID!) { enrol(courseId: $c) { id status source course { id } } }`;
const PROGRESS = `mutation($input: LessonProgressInput!) { recordLessonProgress(input: $input) {
  lessonId completed secondsSpent enrolment { id status completedAt continueLessonId progress { lessonsCompleted lessonsTotal percent secondsSpent } }
} }`;
const PAGE = `query($id: ID!) { enrolment(id: $id) {
  id status versionNumber continueLessonId
  progress { lessonsCompleted lessonsTotal quizzesPassed quizzesRequired percent secondsSpent }
  outline { id title { text locale } progressPercent
    lessons { id title { text } completed started }
    quizzes { id kind required attemptsUsed attemptsLeft passed bestScore } }
  knowledgeGain { preQuizId postQuizId preScore postScore gain }
} }`;

interface ProgressResult {
  recordLessonProgress: {
    lessonId: string;
    completed: boolean;
    secondsSpent: number;
    enrolment: {
      id: string;
      status: string;
      completedAt: string | null;
      continueLessonId: string | null;
      progress: { lessonsCompleted: number; lessonsTotal: number; percent: number; secondsSpent: number };
    };
  };
}

interface Page {
  enrolment: {
    id: string;
    status: string;
    continueLessonId: string | null;
    progress: {
      lessonsCompleted: number;
      lessonsTotal: number;
      quizzesPassed: number;
      quizzesRequired: number;
      percent: number;
      secondsSpent: number;
    };
    outline: {
      id: string;
      progressPercent: number;
      lessons: { id: string; completed: boolean; started: boolean }[];
      quizzes: {
        id: string;
        kind: string;
        required: boolean;
        attemptsUsed: number;
        attemptsLeft: number | null;
        passed: boolean;
        bestScore: number | null;
      }[];
    }[];
    knowledgeGain: {
      preQuizId: string;
      postQuizId: string;
      preScore: number | null;
      postScore: number | null;
      gain: number | null;
    }[];
  };
}

describe('learning: self-enrolment, progress that survives retries, completion with one outbox event', () => {
  let t: TestApp;
  let home: Institution;
  let trainer: User;

  beforeAll(async () => {
    t = await TestApp.start();
    const g = given(t.em());
    home = await g.institution();
    trainer = await g.user({ institution: home, roles: [Role.TRAINER] });
  });
  afterAll(() => t.close());

  async function learner(): Promise<{ user: User; client: ApiClient }> {
    const user = await given(t.em()).user({ institution: home });
    return { user, client: await t.client().signIn(user.email, TEST_PASSWORD) };
  }

  const course = (
    options: Partial<Parameters<typeof givenPublishedCourse>[1]> = {},
  ): Promise<PublishedCourseFixture> =>
    givenPublishedCourse(t.em(), { institution: home, author: trainer, ...options });

  async function enrol(client: ApiClient, fixture: PublishedCourseFixture): Promise<string> {
    const data = await client.ok<{ enrol: { id: string } }>(ENROL, { c: fixture.course.id });
    return data.enrol.id;
  }

  const report = (client: ApiClient, input: Record<string, unknown>) =>
    client.gql<ProgressResult>(PROGRESS, { input });

  async function outboxRows(enrolmentId: string): Promise<number> {
    const rows = await t
      .em()
      .execute<
        { count: string }[]
      >(`select count(*) as count from outbox_event where key = ? and topic = ?`, [`enrolment-completed:${enrolmentId}`, EventTopic.enrolmentCompleted]);
    return Number(rows[0]?.count);
  }

  it('enrols a learner once: enrolling again returns the same enrolment', async () => {
    const fixture = await course();
    const { client } = await learner();
    const first = await client.ok<{
      enrol: { id: string; status: string; source: string; course: { id: string } };
    }>(ENROL, { c: fixture.course.id });
    const again = await client.ok<{ enrol: { id: string } }>(ENROL, { c: fixture.course.id });
    expect(first.enrol).toMatchObject({
      status: 'ACTIVE',
      source: 'SELF',
      course: { id: fixture.course.id },
    });
    expect(again.enrol.id).toBe(first.enrol.id);
    expect(await t.em().count(Enrolment, { course: fixture.course.id })).toBe(1);
  });

  it('refuses self-enrolment in a course that is assigned only', async () => {
    const fixture = await course({ selfEnrolment: false });
    const { client } = await learner();
    const result = await client.gql(ENROL, { c: fixture.course.id });
    expect(result.errors?.[0]?.extensions?.code).toBe('SELF_ENROLMENT_CLOSED');
  });

  it('counts a retried progress report with the same visit once, and keeps the largest running total', async () => {
    const fixture = await course({ lessonsPerModule: 2 });
    const { client } = await learner();
    const enrolmentId = await enrol(client, fixture);
    const lessonId = fixture.lessons[0]!.id;
    const visitId = randomUUID();
    for (const seconds of [30, 30, 60, 45]) {
      const result = await report(client, { enrolmentId, lessonId, visitId, seconds });
      expect(result.errors).toBeUndefined();
    }
    const second = await report(client, { enrolmentId, lessonId, visitId: randomUUID(), seconds: 20 });
    expect(second.data?.recordLessonProgress).toMatchObject({ lessonId, completed: false, secondsSpent: 80 });
    expect(second.data?.recordLessonProgress.enrolment).toMatchObject({
      continueLessonId: lessonId,
      progress: { lessonsCompleted: 0, lessonsTotal: 2, secondsSpent: 80 },
    });
  });

  it('completes the course when the last lesson is completed, with exactly one outbox event', async () => {
    const fixture = await course({ modules: 2, lessonsPerModule: 1 });
    const { client } = await learner();
    const enrolmentId = await enrol(client, fixture);
    const [first, last] = fixture.lessons;
    const done = await report(client, {
      enrolmentId,
      lessonId: first!.id,
      visitId: randomUUID(),
      seconds: 10,
      completed: true,
    });
    expect(done.data?.recordLessonProgress.enrolment).toMatchObject({
      status: 'ACTIVE',
      continueLessonId: last!.id,
      progress: { lessonsCompleted: 1, percent: 50 },
    });
    const visitId = randomUUID();
    const final = await report(client, {
      enrolmentId,
      lessonId: last!.id,
      visitId,
      seconds: 10,
      completed: true,
    });
    expect(final.data?.recordLessonProgress.enrolment).toMatchObject({
      status: 'COMPLETED',
      continueLessonId: null,
      progress: { lessonsCompleted: 2, percent: 100 },
    });
    expect(final.data?.recordLessonProgress.enrolment.completedAt).toEqual(expect.any(String));
    // The client retries the completing report (it never saw the answer): same answer, nothing new.
    const retry = await report(client, {
      enrolmentId,
      lessonId: last!.id,
      visitId,
      seconds: 10,
      completed: true,
    });
    expect(retry.errors).toBeUndefined();
    expect(retry.data?.recordLessonProgress.completed).toBe(true);
    expect(await outboxRows(enrolmentId)).toBe(1);
  });

  it('50 parallel completions of the last lesson: one outbox event, no server errors', async () => {
    const fixture = await course({ modules: 1, lessonsPerModule: 2 });
    const { client } = await learner();
    const enrolmentId = await enrol(client, fixture);
    await report(client, {
      enrolmentId,
      lessonId: fixture.lessons[0]!.id,
      visitId: randomUUID(),
      seconds: 5,
      completed: true,
    });
    const lessonId = fixture.lessons[1]!.id;
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        report(client, { enrolmentId, lessonId, visitId: randomUUID(), seconds: 5 + i, completed: true }),
      ),
    );
    const errors = results.flatMap((result) => result.errors ?? []);
    expect(errors).toEqual([]);
    expect(results.every((result) => result.data?.recordLessonProgress.completed)).toBe(true);
    expect(await outboxRows(enrolmentId)).toBe(1);
    const enrolment = await t.em().findOneOrFail(Enrolment, enrolmentId);
    expect(enrolment.status).toBe('completed');
  });

  it('CompletionService: 50 parallel evaluations in their own transactions write one outbox event', async () => {
    const fixture = await course({ modules: 1, lessonsPerModule: 1 });
    const { client } = await learner();
    const enrolmentId = await enrol(client, fixture);
    // The lesson is completed but the evaluation is left to the service (as assessment calls it after grading).
    await t.em().execute(
      `insert into lesson_progress (id, created_at, enrolment_id, lesson_id, started_at, completed_at, seconds_spent)
       values (gen_random_uuid(), now(), ?, ?, now(), now(), 60)`,
      [enrolmentId, fixture.lessons[0]!.id],
    );
    const completion = t.get(CompletionService);
    const orm = t.get(MikroORM);
    const ids = await Promise.all(
      Array.from({ length: 50 }, () =>
        orm.em.fork().transactional((tx) => completion.evaluate(tx as never, enrolmentId)),
      ),
    );
    expect(ids.filter(Boolean)).toHaveLength(1);
    expect(await outboxRows(enrolmentId)).toBe(1);
  });

  it('completes when a lesson and the last required quiz finish at the same time (the second evaluation waits)', async () => {
    const fixture = await course({ quizzes: [QuizKind.GRADED] });
    const { client } = await learner();
    const enrolmentId = await enrol(client, fixture);
    const completion = t.get(CompletionService);
    const orm = t.get(MikroORM);
    // Lesson side: holds the enrolment (as recordLessonProgress does) and completes the lesson, not yet committed.
    const lessonTx = orm.em.fork() as EntityManager;
    await lessonTx.begin();
    await lessonTx.execute(`update enrolment set last_activity_at = now() where id = ?`, [enrolmentId]);
    await lessonTx.execute(
      `insert into lesson_progress (id, created_at, enrolment_id, lesson_id, started_at, completed_at, seconds_spent)
       values (gen_random_uuid(), now(), ?, ?, now(), now(), 60)`,
      [enrolmentId, fixture.lessons[0]!.id],
    );
    // Quiz side (as assessment does after grading): the quiz is passed, then completion is evaluated.
    const quizSide = (orm.em.fork() as EntityManager).transactional(async (tx) => {
      await tx.execute(
        `insert into quiz_outcome (id, created_at, enrolment_id, quiz_id, score, passed, attempts_used)
         values (gen_random_uuid(), now(), ?, ?, 90, true, 1)`,
        [enrolmentId, fixture.quizzes[0]!.id],
      );
      return completion.evaluate(tx, enrolmentId);
    });
    const probe = t.em();
    const waiting = async (): Promise<number> =>
      Number(
        (
          await probe.execute<{ count: string }[]>(
            `select count(*) as count from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
          )
        )[0]?.count,
      );
    for (let i = 0; i < 200 && (await waiting()) === 0; i++)
      await new Promise((resolve) => setTimeout(resolve, 10));
    // The lesson side cannot see the uncommitted pass: not complete yet, from its point of view.
    expect(await completion.evaluate(lessonTx, enrolmentId)).toBeNull();
    await lessonTx.commit();
    expect(await quizSide).toEqual(expect.any(String));
    expect(await outboxRows(enrolmentId)).toBe(1);
    expect((await t.em().findOneOrFail(Enrolment, enrolmentId)).status).toBe('completed');
  });

  it('requires graded quizzes and post-tests to be passed, and the minimum time when the course sets one', async () => {
    const fixture = await course({
      quizzes: [QuizKind.PRE_TEST, QuizKind.POST_TEST, QuizKind.SURVEY],
      completionMinimumMinutes: 1,
    });
    const { client } = await learner();
    const enrolmentId = await enrol(client, fixture);
    const lessonId = fixture.lessons[0]!.id;
    const visitId = randomUUID();
    const done = await report(client, { enrolmentId, lessonId, visitId, seconds: 30, completed: true });
    expect(done.data?.recordLessonProgress.enrolment.status).toBe('ACTIVE');
    const [pre, post] = fixture.quizzes;
    const em = t.em();
    const enrolment = em.getReference(Enrolment, enrolmentId);
    const preOutcome = Object.assign(new QuizOutcome(enrolment, pre!.id), {
      score: 40,
      passed: false,
      attemptsUsed: 1,
    });
    const postOutcome = Object.assign(new QuizOutcome(enrolment, post!.id), {
      score: 85,
      passed: true,
      attemptsUsed: 1,
    });
    await em.persistAndFlush([preOutcome, postOutcome]);
    // Post-test passed but only 30 of 60 seconds spent: not yet.
    const page = await client.ok<Page>(PAGE, { id: enrolmentId });
    expect(page.enrolment.status).toBe('ACTIVE');
    expect(page.enrolment.progress).toMatchObject({
      quizzesPassed: 1,
      quizzesRequired: 1,
      lessonsCompleted: 1,
      percent: 100,
    });
    expect(page.enrolment.knowledgeGain).toEqual([
      { preQuizId: pre!.id, postQuizId: post!.id, preScore: 40, postScore: 85, gain: 45 },
    ]);
    expect(
      page.enrolment.outline[0]!.quizzes.map((quiz) => [quiz.kind, quiz.required, quiz.attemptsLeft]),
    ).toEqual([
      ['PRE_TEST', false, 1],
      ['POST_TEST', true, 1],
      ['SURVEY', false, 2],
    ]);
    const enough = await report(client, { enrolmentId, lessonId, visitId, seconds: 60 });
    expect(enough.data?.recordLessonProgress.enrolment.status).toBe('COMPLETED');
    expect(await outboxRows(enrolmentId)).toBe(1);
  });

  it('refuses progress on a withdrawn enrolment', async () => {
    const fixture = await course();
    const { client } = await learner();
    const enrolmentId = await enrol(client, fixture);
    await t.em().nativeUpdate(Enrolment, { id: enrolmentId }, { status: 'withdrawn' as never });
    const result = await report(client, {
      enrolmentId,
      lessonId: fixture.lessons[0]!.id,
      visitId: randomUUID(),
      seconds: 5,
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('ENROLMENT_NOT_ACTIVE');
  });

  it('does not let learner A read or record progress in learner B’s enrolment', async () => {
    const fixture = await course();
    const a = await learner();
    const b = await learner();
    const enrolmentId = await enrol(b.client, fixture);
    const read = await a.client.gql(PAGE, { id: enrolmentId });
    expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(read.data).toBeNull();
    const write = await report(a.client, {
      enrolmentId,
      lessonId: fixture.lessons[0]!.id,
      visitId: randomUUID(),
      seconds: 5,
    });
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets an enrolled learner, and nobody else, download the files of the lessons they learn', async () => {
    const fixture = await course();
    const enrolled = await learner();
    const stranger = await learner();
    const enrolmentId = await enrol(enrolled.client, fixture);
    const em = t.em();
    const file = new StoredFile({
      key: `lesson-files/${randomUUID()}`,
      originalName: 'handout.pdf',
      contentType: 'application/pdf',
      size: 10,
      createdById: trainer.id,
      institutionId: home.id,
    });
    em.persist([file, new LessonFile(em.getReference(Lesson, fixture.lessons[0]!.id), file, 0)]);
    await em.flush();
    const access = t.get(LessonFileAccess);
    const actorOf = (user: User) => ({ userId: user.id, institutionId: home.id, unitPath: null, roles: [] });
    expect(await access.learnerMayRead(actorOf(enrolled.user), file.id)).toBe(true);
    expect(await access.learnerMayRead(actorOf(stranger.user), file.id)).toBe(false);
    expect(await access.learnerMayRead(null, file.id)).toBe(false);

    await t.app.get<FileStorage>(FILE_STORAGE).put(file.key, Buffer.from('%PDF-1.4\n\n'), {
      contentType: 'application/pdf',
    });
    const download = (client: ApiClient) =>
      t.app.inject({
        method: 'GET',
        url: `/files/${file.id}`,
        remoteAddress: client.ip,
        headers: client.cookie ? { cookie: client.cookie } : {},
      });
    const player = await enrolled.client.ok<{
      enrolment: { lesson: { files: { originalName: string; url: string }[] } };
    }>(`query($e: ID!, $l: ID!) { enrolment(id: $e) { lesson(id: $l) { files { originalName url } } } }`, {
      e: enrolmentId,
      l: fixture.lessons[0]!.id,
    });
    expect(player.enrolment.lesson.files).toEqual([
      { originalName: 'handout.pdf', url: `/files/${file.id}` },
    ]);
    const got = await download(enrolled.client);
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-disposition']).toContain('handout.pdf');
    expect((await download(stranger.client)).statusCode).toBe(403);
  });

  it('costs the same number of SQL statements for the course page with 3 modules and with 30', async () => {
    const counter = new StatementCounter(t.get(MikroORM));
    try {
      const measure = async (modules: number): Promise<number> => {
        const fixture = await course({ modules, lessonsPerModule: 3, quizzes: [QuizKind.GRADED] });
        const { client } = await learner();
        const enrolmentId = await enrol(client, fixture);
        await report(client, {
          enrolmentId,
          lessonId: fixture.lessons[1]!.id,
          visitId: randomUUID(),
          seconds: 5,
          completed: true,
        });
        let page: Page | null = null;
        const statements = await counter.measure(async () => {
          page = await client.ok<Page>(PAGE, { id: enrolmentId });
        });
        expect(page!.enrolment.outline).toHaveLength(modules);
        expect(page!.enrolment.progress.lessonsCompleted).toBe(1);
        return statements;
      };
      const small = await measure(3);
      const large = await measure(30);
      expect(small).toBeGreaterThan(0);
      expect(large).toBe(small);
    } finally {
      counter.stop();
    }
  });
});
