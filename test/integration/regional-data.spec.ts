import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '@parity/shared/config';
import { platformOrmOptions } from '@parity/platform';
import { seedRegionalData, type RegionalDataOptions } from '@parity/platform/tools';
import { QuizKind } from '@parity/curriculum';
import { Role } from '@parity/identity';
import { given, givenPublishedCourse } from '@parity/shared/testing';
import { isolatedRun } from '../support/isolated-run';

// Its own database: thousands of generated learners and enrolments would weigh on every other spec's sweeps.
const database = isolatedRun('regional_data');

const LEARNERS = 3_000;
const PER_LEARNER = 5;
const AS_OF = new Date('2026-09-30T12:00:00Z');
const DAY = 86_400_000;
const run = randomBytes(3).toString('hex');

describe('the regional data set generator', () => {
  let orm: MikroORM;
  let base: RegionalDataOptions;
  const em = () => orm.em.fork();
  const query = <T>(sql: string, params: unknown[] = []) => em().execute<T[]>(sql, params);
  const emails = (label: string) => `${label}.%@regional.parity.demo`;

  beforeAll(async () => {
    database.migrate();
    orm = await MikroORM.init(platformOrmOptions(loadConfig().DATABASE_URL, 4));
    const g = given(em());
    const institution = await g.institution();
    const author = await g.user({ institution, roles: [Role.TRAINER] });
    const source = await givenPublishedCourse(em(), {
      institution,
      author,
      modules: 2,
      quizzes: [QuizKind.PRE_TEST, QuizKind.POST_TEST],
    });
    base = {
      learners: LEARNERS,
      enrolmentsPerLearner: PER_LEARNER,
      seed: 7,
      separateInstitutions: true,
      sourceVersionId: source.version.id,
      asOf: AS_OF,
    };
  });
  afterAll(async () => {
    await orm.close(true);
    await database.drop();
  });

  /** Everything about a label's people and learning except ids, in person order: equal for equal seeds. */
  async function fingerprint(label: string): Promise<unknown[][]> {
    const person = `substring(u.email from '\\.([0-9]+)@')::int`;
    const enrolled = `from enrolment e join user_account u on u.id = e.user_id
       join course_version v on v.id = e.version_id where u.email like ?`;
    return Promise.all([
      query(
        `select ${person} as n, regexp_replace(i.name, ' \\[.*\\]$', '') as institution, un.name as unit,
           u.display_name, u.locale, u.time_zone, u.sex, u.staff_category, u.rank
         from user_account u join institution i on i.id = u.institution_id left join unit un on un.id = u.unit_id
         where u.email like ? order by 1`,
        [emails(label)],
      ),
      query(
        `select ${person} as n, v.title->>'en' as course, e.status, e.source, e.created_at, e.due_at, e.completed_at,
           e.withdrawn_at, e.last_activity_at ${enrolled} order by 1, 2`,
        [emails(label)],
      ),
      query(
        `select ${person} as n, v.title->>'en' as course, q.kind, a.number, a.score, a.passed, a.submitted_at
         from quiz_attempt a join quiz q on q.id = a.quiz_id join enrolment e on e.id = a.enrolment_id
         join user_account u on u.id = e.user_id join course_version v on v.id = e.version_id
         where u.email like ? order by 1, 2, 3, 4`,
        [emails(label)],
      ),
      query(
        `select ${person} as n, v.title->>'en' as course, c.issued_at, c.expires_at, c.revoked_at
         from certificate c join enrolment e on e.id = c.enrolment_id join user_account u on u.id = e.user_id
         join course_version v on v.id = e.version_id where u.email like ? order by 1, 2`,
        [emails(label)],
      ),
    ]);
  }

  it('gives the same data for the same seed and parameters, different data for another seed, and runs once per label', async () => {
    const first = await seedRegionalData(em(), { ...base, label: `r${run}-a` });
    const second = await seedRegionalData(em(), { ...base, label: `r${run}-b` });
    const other = await seedRegionalData(em(), { ...base, label: `r${run}-c`, seed: 8 });
    expect(first.created).toBe(true);
    expect(first.enrolments).toBe(LEARNERS * PER_LEARNER);
    expect({ ...second, label: '', ms: 0 }).toEqual({ ...first, label: '', ms: 0 });
    expect(other.completions).not.toBe(first.completions);
    const [a, b, c] = await Promise.all([
      fingerprint(`r${run}-a`),
      fingerprint(`r${run}-b`),
      fingerprint(`r${run}-c`),
    ]);
    expect(a[0]).toHaveLength(LEARNERS);
    expect(a[1]).toHaveLength(LEARNERS * PER_LEARNER);
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);

    const again = await seedRegionalData(em(), { ...base, label: `r${run}-a` });
    expect(again.created).toBe(false);
    const [people] = await query<{ n: string }>(`select count(*) as n from user_account where email like ?`, [
      emails(`r${run}-a`),
    ]);
    expect(Number(people?.n)).toBe(LEARNERS);
  });

  it('has the documented proportions: women by kind of institution, ranks, languages, units', async () => {
    const label = `r${run}-a`;
    const byKind = await query<{ kind: string; women: string; men: string; unknown: string }>(
      `select case when i.name like 'Ministry%' then 'ministry' when i.name like 'UNDP%' then 'international'
                   else 'armed_forces' end as kind,
         count(*) filter (where sex = 'female') as women, count(*) filter (where sex = 'male') as men,
         count(*) filter (where sex is null) as unknown
       from user_account u join institution i on i.id = u.institution_id where u.email like ? group by 1`,
      [emails(label)],
    );
    const share = (kind: string) => {
      const row = byKind.find((r) => r.kind === kind);
      return Number(row?.women) / (Number(row?.women) + Number(row?.men));
    };
    expect(share('armed_forces')).toBeGreaterThanOrEqual(0.08);
    expect(share('armed_forces')).toBeLessThanOrEqual(0.12);
    expect(share('ministry')).toBeGreaterThanOrEqual(0.4);
    expect(share('ministry')).toBeLessThanOrEqual(0.5);
    const unknown = byKind.reduce((sum, r) => sum + Number(r.unknown), 0) / LEARNERS;
    expect(unknown).toBeGreaterThan(0.003);
    expect(unknown).toBeLessThan(0.02);

    const [people] = await query<Record<string, string>>(
      `select count(*) filter (where (staff_category = 'military') <> (rank is not null)) as rank_mismatch,
         count(*) filter (where rank = 'enlisted') as enlisted, count(*) filter (where rank = 'nco') as nco,
         count(*) filter (where rank::text like '%officer') as officers, count(*) filter (where staff_category = 'civilian') as civilians,
         count(*) filter (where un.institution_id is distinct from u.institution_id) as outside_unit,
         count(*) filter (where un.parent_id is not null) as in_sub_unit,
         count(*) filter (where c.code = 'MK' and u.locale not in ('mk', 'sq')) as mk_wrong,
         count(*) filter (where c.code = 'RS' and i.name not like 'UNDP%' and u.locale not in ('sr-Cyrl', 'sr-Latn')) as rs_wrong,
         count(*) filter (where c.code = 'AL' and u.locale not in ('sq', 'en')) as al_wrong,
         count(*) filter (where c.code = 'ME' and u.locale = 'cnr') as me_cnr, count(*) filter (where c.code = 'ME') as me
       from user_account u join institution i on i.id = u.institution_id join country c on c.id = i.country_id
         left join unit un on un.id = u.unit_id
       where u.email like ?`,
      [emails(label)],
    );
    const n = (key: string) => Number(people?.[key]);
    expect(n('rank_mismatch')).toBe(0);
    expect(n('enlisted')).toBeGreaterThan(n('nco'));
    expect(n('nco')).toBeGreaterThan(n('officers') * 0.8);
    expect(n('civilians')).toBeGreaterThan(LEARNERS * 0.2);
    expect(n('outside_unit')).toBe(0);
    expect(n('in_sub_unit')).toBeGreaterThan(LEARNERS / 2);
    expect([n('mk_wrong'), n('rs_wrong'), n('al_wrong')]).toEqual([0, 0, 0]);
    expect(n('me_cnr') / n('me')).toBeGreaterThan(0.6);
  });

  it('has enrolments over 18 months with due dates, overdue and late ones, knowledge gain and a certificate per completion', async () => {
    const label = `r${run}-a`;
    const [learning] = await query<Record<string, string>>(
      `select count(*) as enrolments, count(distinct e.version_id) as versions,
         count(*) filter (where e.status = 'completed') as completed,
         count(*) filter (where e.source = 'assigned' and e.due_at is not null) as assigned,
         count(*) filter (where e.status = 'active' and e.due_at < ?) as overdue,
         count(*) filter (where e.completed_at > e.due_at) as late,
         count(distinct date_trunc('month', e.completed_at)) as months,
         min(e.created_at) >= ?::timestamptz as within_18_months,
         count(*) filter (where e.status = 'completed' and not exists (
           select 1 from quiz_outcome o join quiz q on q.id = o.quiz_id
           where o.enrolment_id = e.id and q.kind = 'post_test' and o.passed)) as completed_unpassed,
         count(cert.id) as certificates, count(*) filter (where cert.expires_at < ?) as expired
       from enrolment e join user_account u on u.id = e.user_id left join certificate cert on cert.enrolment_id = e.id
       where u.email like ?`,
      [AS_OF, new Date(AS_OF.getTime() - 541 * DAY), AS_OF, emails(label)],
    );
    const n = (key: string) => Number(learning?.[key]);
    expect(n('enrolments')).toBe(LEARNERS * PER_LEARNER);
    expect(n('versions')).toBe(12);
    expect(learning?.['within_18_months']).toBe(true);
    expect(n('months')).toBeGreaterThanOrEqual(17);
    expect(n('completed') / n('enrolments')).toBeGreaterThan(0.45);
    expect(n('completed') / n('enrolments')).toBeLessThan(0.8);
    expect(n('overdue') / n('assigned')).toBeGreaterThan(0.05);
    expect(n('late') / n('completed')).toBeGreaterThan(0.03);
    expect(n('completed_unpassed')).toBe(0);
    expect(n('certificates')).toBe(n('completed'));
    expect(n('expired')).toBeGreaterThan(0);

    const [gain] = await query<{ pairs: string; pre: number; post: number; improved: string }>(
      `select count(*) as pairs, avg(pre.score) as pre, avg(post.score) as post,
         count(*) filter (where post.score > pre.score) as improved
       from quiz_outcome pre join quiz qp on qp.id = pre.quiz_id and qp.kind = 'pre_test'
       join quiz_outcome post on post.enrolment_id = pre.enrolment_id
       join quiz qo on qo.id = post.quiz_id and qo.kind = 'post_test'
       join enrolment e on e.id = pre.enrolment_id join user_account u on u.id = e.user_id
       where u.email like ?`,
      [emails(label)],
    );
    expect(Number(gain?.pairs)).toBeGreaterThan(LEARNERS);
    expect(Number(gain?.post) - Number(gain?.pre)).toBeGreaterThan(15);
    expect(Number(gain?.improved) / Number(gain?.pairs)).toBeGreaterThan(0.9);
  });
});
