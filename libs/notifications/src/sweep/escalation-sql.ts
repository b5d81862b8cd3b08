import { NotificationKind } from '../copy/notification-kind';
import { MAX_DIGEST_ITEMS } from '../copy/notification-params';
import { DEFAULT_RULES } from '../rule/default-rules';
import type { SweepSql } from './sweep-sql';

/**
 * The escalation digest: each institution admin gets, once per period of the institution's rule (`offsets[0]`
 * days; the default 7 means once per ISO week; a disabled rule sends none), the institution's overdue mandatory
 * enrolments (the oldest first, at most MAX_DIGEST_ITEMS listed, with the total). Paged over institutions; nothing
 * is written for an institution with nothing overdue.
 */
export const ESCALATION_DIGEST: SweepSql = {
  kind: NotificationKind.ESCALATION_DIGEST,
  page: `select i.id from institution i where i.id > ?::uuid order by i.id limit ?`,
  insert: `insert into notification
      (id, created_at, user_id, kind, target_id, cycle, params, mandatory, status, in_app)
    select gen_random_uuid(), now(), ra.user_id, '${NotificationKind.ESCALATION_DIGEST}', i.id,
      case when every.days = 7 then to_char(?::timestamptz at time zone 'UTC', 'IYYY-"W"IW')
        else 'every-' || every.days || 'd-' || floor(extract(epoch from ?::timestamptz) / 86400 / every.days)::bigint end,
      jsonb_build_object('institutionName', i.name, 'total', overdue.total, 'items', overdue.items), false, 'pending', false
    from unnest(?::uuid[]) as p(id)
    join institution i on i.id = p.id
    left join reminder_rule rule on rule.institution_id = i.id and rule.course_id is null
      and rule.kind = '${NotificationKind.ESCALATION_DIGEST}'
    cross join lateral (select greatest(coalesce((rule.offsets->>0)::int, ${DEFAULT_RULES[NotificationKind.ESCALATION_DIGEST].offsets[0]}), 1) as days) every
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
    where coalesce(rule.enabled, true)
    on conflict do nothing
    returning id`,
  insertParams: (now, ids) => [now, now, ids, now],
};
