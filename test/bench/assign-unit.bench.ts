/**
 * Assigning a course to a unit of 5,000 people (spread over sub-units): one set-based statement. Prints time, SQL
 * statements and the api process's peak memory as ratios to a 50-person unit measured in the same run, and checks
 * that assigning again creates nothing. Run: npx jest -c test/bench/jest.config.js
 */
import { MikroORM } from '@mikro-orm/core';
import { Role, type Institution, type Unit } from '@parity/identity';
import { given, givenPublishedCourse, StatementCounter, TEST_PASSWORD } from '@parity/shared/testing';
import { TestApp, type ApiClient } from '../support/test-app';

const ASSIGN = `mutation($input: AssignCourseInput!) { assignCourse(input: $input) { created alreadyEnrolled } }`;

interface Figures {
  people: number;
  ms: number;
  statements: number;
  rssPeakMb: number;
  heapPeakMb: number;
  created: number;
  again: number;
}

const mb = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;

describe('benchmark: assign a course to a unit of 5,000 people', () => {
  let t: TestApp;
  let institution: Institution;
  let admin: ApiClient;
  let counter: StatementCounter;

  beforeAll(async () => {
    t = await TestApp.start();
    const g = given(t.em());
    institution = await g.institution();
    const adminUser = await g.user({ institution, roles: [Role.INSTITUTION_ADMIN] });
    admin = await t.client().signIn(adminUser.email, TEST_PASSWORD);
    counter = new StatementCounter(t.get(MikroORM));
  });
  afterAll(async () => {
    counter.stop();
    await t.close();
  });

  /** A unit with ten sub-units and `people` active people spread over them, inserted in one statement. */
  async function unitOf(people: number): Promise<Unit> {
    const g = given(t.em());
    const root = await g.unit(institution);
    const subs = [];
    for (let i = 0; i < 10; i++) subs.push(await g.unit(institution, undefined, root));
    const unitIds = [root, ...subs].map((unit) => unit.id);
    await t.em().execute(
      `insert into user_account (id, created_at, email, display_name, locale, time_zone, status, institution_id, unit_id)
       select gen_random_uuid(), now(), 'bench-' || gen_random_uuid() || '@example.test', 'Bench person ' || n, 'en',
         'Europe/Belgrade', 'active', ?, (?::uuid[])[1 + n % ?]
       from generate_series(1, ?) as n`,
      [institution.id, `{${unitIds.join(',')}}`, unitIds.length, people],
    );
    return root;
  }

  async function measure(people: number): Promise<Figures> {
    const unit = await unitOf(people);
    const course = await givenPublishedCourse(t.em(), {
      institution,
      author: await given(t.em()).user({ institution }),
    });
    const input = {
      courseId: course.course.id,
      unitId: unit.id,
      mandatory: true,
      dueAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    };
    global.gc?.();
    const before = process.memoryUsage();
    let rssPeak = before.rss;
    let heapPeak = before.heapUsed;
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      rssPeak = Math.max(rssPeak, now.rss);
      heapPeak = Math.max(heapPeak, now.heapUsed);
    }, 2);
    let created = -1;
    const started = performance.now();
    const statements = await counter.measure(async () => {
      created = (await admin.ok<{ assignCourse: { created: number } }>(ASSIGN, { input })).assignCourse
        .created;
    });
    const ms = performance.now() - started;
    clearInterval(sampler);
    const after = process.memoryUsage();
    rssPeak = Math.max(rssPeak, after.rss);
    heapPeak = Math.max(heapPeak, after.heapUsed);
    const again = (await admin.ok<{ assignCourse: { created: number } }>(ASSIGN, { input })).assignCourse
      .created;
    return {
      people,
      ms: Math.round(ms),
      statements,
      rssPeakMb: mb(rssPeak - before.rss),
      heapPeakMb: mb(heapPeak - before.heapUsed),
      created,
      again,
    };
  }

  it('takes one statement batch, bounded memory, and re-assigning creates nothing', async () => {
    await measure(20); // warm-up: compiled queries, connection pool
    const baseline = await measure(50);
    const large = await measure(5000);
    const ratio = (a: number, b: number): string => (b > 0 ? (a / b).toFixed(2) : 'n/a');
    const lines = [
      `assign a course to a unit (with 10 sub-units): ${large.people} people vs a baseline of ${baseline.people}`,
      `  created           ${large.created} (baseline ${baseline.created}); assigning again created ${large.again} (baseline ${baseline.again})`,
      `  time              ${large.ms} ms vs ${baseline.ms} ms  → ×${ratio(large.ms, baseline.ms)} for ×${large.people / baseline.people} people`,
      `  SQL statements    ${large.statements} vs ${baseline.statements}  → ×${ratio(large.statements, baseline.statements)}`,
      `  api peak rss Δ    ${large.rssPeakMb} MB vs ${baseline.rssPeakMb} MB  → ×${ratio(large.rssPeakMb, baseline.rssPeakMb)}`,
      `  api peak heap Δ   ${large.heapPeakMb} MB vs ${baseline.heapPeakMb} MB  → ×${ratio(large.heapPeakMb, baseline.heapPeakMb)}`,
    ];
    process.stdout.write(`\n${lines.join('\n')}\n\n`);
    expect(large.created).toBe(5000);
    expect(large.again).toBe(0);
    expect(baseline.again).toBe(0);
    expect(large.statements).toBe(baseline.statements);
  });
});
