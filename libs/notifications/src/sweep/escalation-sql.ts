import { NotificationKind } from '../copy/notification-kind';
import { MAX_DIGEST_ITEMS } from '../copy/notification-params';
import type { SweepSql } from './sweep-sql';

/**
 * The weekly escalation digest: each institution admin gets, once per ISO week, the institution's overdue
 * mandatory enrolments (the oldest first, at most MAX_DIGEST_ITEMS listed, with the total). Paged over
 * institutions; nothing is written for an institution with nothing overdue.
 */
export const ESCALATION_DIGEST: SweepSql = {
  kind: NotificationKind.ESCALATION_DIGEST,
  page: `select i.id from institution i where i.id > ?::uuid order by i.id limit ?`,
  insert: `insert into notification
      (id, created_at, user_id, kind, target_id, cycle, params, mandatory, status, in_app)
    select gen_random_uuid(), now(), ra.user_id, '${NotificationKind.ESCALATION_DIGEST}', i.id,
      to_char(?::timestamptz at time zone 'UTC', 'IYYY-"W"IW'),
      jsonb_build_object('institutionName', i.name, 'total', overdue.total, 'items', overdue.items), false, 'pending', false
    from unnest(?::uuid[]) as p(id)
    join institution i on i.id = p.id
    join lateral (
      select count(*) as total,
        coalesce(jsonb_agg(jsonb_build_object('personName', o.display_name, 'courseTitle', o.title, 'dueAt', o.due_at)
          order by o.due_at) filter (where o.rank <= ${MAX_DIGEST_ITEMS}), '[]'::jsonb) as items
      from (
        select u.display_name, v.title, e.due_at, row_number() over (order by e.due_at, e.id) as rank
        from enrolment e
        join user_account u on u.id = e.user_id and u.institution_id = i.id and u.status = 'active'
        join course_version v on v.id = e.version_id
        where e.status = 'active' and e.mandatory and e.due_at < ?::timestamptz) o
    ) overdue on overdue.total > 0
    join role_assignment ra on ra.institution_id = i.id and ra.role = 'institution_admin'
    join user_account admin on admin.id = ra.user_id and admin.status = 'active'
    on conflict do nothing
    returning id`,
  insertParams: (now, ids) => [now, ids, now],
};
