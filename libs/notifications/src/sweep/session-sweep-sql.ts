import { NotificationKind } from '../copy/notification-kind';
import { DEFAULT_RULES } from '../rule/default-rules';
import type { SweepSql } from './sweep-sql';

const KIND = NotificationKind.SESSION_UPCOMING;

/** The institution's offsets for session reminders (hours), else the defaults (24 and 1). */
const OFFSETS = `coalesce(rule.offsets, '${JSON.stringify(DEFAULT_RULES[KIND].offsets)}'::jsonb)`;

/**
 * Coaching session reminders: each of the pair (coach and coachee), once per offset, before a scheduled session of
 * an active engagement. The smallest offset the start is within names the cycle, with the session's sequence
 * (`24h-s0`, then `1h-s0`): a rescheduled session (sequence + 1) is reminded again at its new time; a cancelled one
 * is no longer scheduled, so nothing more is written. Rules come from the programme's institution.
 */
export const SESSION_UPCOMING: SweepSql = {
  kind: KIND,
  page: `select s.id from coaching_session s
    where s.state = 'scheduled' and s.id > ?::uuid order by s.id limit ?`,
  insert: `insert into notification
      (id, created_at, user_id, kind, target_id, cycle, params, mandatory, status, in_app)
    select gen_random_uuid(), now(), n.user_id, '${KIND}', n.target_id, n.cycle, n.params, false, 'pending', false
    from (
      select person.user_id, s.id as target_id,
        (select min(x::int) from jsonb_array_elements_text(${OFFSETS}) x
         where s.starts_at <= ?::timestamptz + make_interval(hours => x::int)) || 'h-s' || s.sequence as cycle,
        jsonb_build_object('otherPersonName', other.display_name, 'startsAt', s.starts_at,
          'durationMinutes', s.duration_minutes, 'place', coalesce(s.online_url, s.location, ''),
          'hoursLeft', greatest(1, ceil(extract(epoch from s.starts_at - ?::timestamptz) / 3600))::int) as params
      from unnest(?::uuid[]) as p(id)
      join coaching_session s on s.id = p.id
      join coaching_engagement e on e.id = s.engagement_id and e.state = 'active'
      join coaching_programme pr on pr.id = e.programme_id
      cross join lateral (values (e.coach_id, e.coachee_id), (e.coachee_id, e.coach_id)) as person(user_id, other_id)
      join user_account u on u.id = person.user_id and u.status = 'active'
      join user_account other on other.id = person.other_id
      left join lateral (
        select r.offsets, r.enabled from reminder_rule r
        where r.institution_id = pr.institution_id and r.kind = '${KIND}' and r.course_id is null
        limit 1) rule on true
      where coalesce(rule.enabled, true) and s.state = 'scheduled' and s.starts_at > ?::timestamptz
    ) n
    where n.cycle is not null
    on conflict do nothing
    returning id`,
  insertParams: (now, ids) => [now, now, ids, now],
};
