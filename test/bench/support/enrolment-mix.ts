import type { EntityManager } from '@mikro-orm/postgresql';

/** Reminders the mix makes due now, per sweep kind (the notification_kind values). */
export interface DueReminders {
  due_soon: number;
  overdue: number;
  not_started: number;
  inactive: number;
}

/**
 * `count` learners of the institution, each with one active enrolment in the version, written in two statements.
 * Person n falls in band n % 20 (5 % each), so the mix is exact and spread over the enrolment ids (random uuids):
 *   0–4   due in 2 h … 7 days, active lately                  → a due-soon reminder (25 %)
 *   5–6   1–20 days overdue, active lately                     → an overdue reminder (10 %)
 *   7–8   assigned 8–29 days ago, never opened                 → a not-started reminder (10 %)
 *   9–10  idle for 15–39 days                                   → an inactivity reminder (10 %)
 *   11–19 due in 30–90 days or no due date, active lately, self-enrolled and never opened, or assigned less than a
 *         week ago and not opened yet                           → nothing (45 %), though every sweep examines some.
 */
export async function givenEnrolmentMix(
  em: EntityManager,
  input: { institutionId: string; courseId: string; versionId: string; count: number; tag: string },
): Promise<DueReminders> {
  if (!/^[a-z0-9]+$/.test(input.tag))
    throw new Error(`tag must be lower-case letters and digits: ${input.tag}`);
  await em.execute(
    `insert into user_account (id, created_at, email, display_name, locale, time_zone, status, institution_id)
     select gen_random_uuid(), now() - interval '60 days', 'sweep-' || ? || '-' || n || '@example.test',
       'Sweep learner ' || n, 'en', 'Europe/Belgrade', 'active', ?
     from generate_series(1, ?) n`,
    [input.tag, input.institutionId, input.count],
  );
  await em.execute(
    `insert into enrolment
       (id, created_at, user_id, course_id, version_id, status, source, mandatory, due_at, last_activity_at)
     select gen_random_uuid(), now() - make_interval(days => m.created_days), m.user_id, ?, ?, 'active',
       m.source::enrolment_source, m.source = 'assigned', m.due_at, m.last_activity_at
     from (
       select u.id as user_id, p.n,
         case when p.b < 5 then now() + make_interval(hours => 2 + p.n % 160)
              when p.b < 7 then now() - make_interval(days => 1 + p.n % 20)
              when p.b between 11 and 14 then now() + make_interval(days => 30 + p.n % 60)
              when p.b >= 18 then now() + interval '60 days' end as due_at,
         case when p.b < 7 or p.b between 11 and 16 then now() - make_interval(days => p.n % 13, hours => 1)
              when p.b between 9 and 10 then now() - make_interval(days => 15 + p.n % 25) end as last_activity_at,
         case when p.b between 7 and 8 then 8 + p.n % 22
              when p.b >= 18 then 1 + p.n % 6
              else 45 end as created_days,
         case when p.b between 15 and 17 then 'self' else 'assigned' end as source
       from user_account u
       cross join lateral (select substring(u.email from '-([0-9]+)@')::int as n) x
       cross join lateral (select x.n as n, x.n % 20 as b) p
       where u.email like ? and u.institution_id = ?
     ) m`,
    [input.courseId, input.versionId, `sweep-${input.tag}-%`, input.institutionId],
  );
  const inBands = (from: number, to: number): number => {
    let n = 0;
    for (let i = 1; i <= input.count; i++) if (i % 20 >= from && i % 20 <= to) n++;
    return n;
  };
  return {
    due_soon: inBands(0, 4),
    overdue: inBands(5, 6),
    not_started: inBands(7, 8),
    inactive: inBands(9, 10),
  };
}
