import { NotificationKind } from '../copy/notification-kind';
import { DEFAULT_RULES, MAX_OVERDUE_REMINDERS } from '../rule/default-rules';

/**
 * One sweep's SQL, set-based and paged so memory stays flat however many enrolments there are: `page` picks the next keyset page of candidate targets (ids after the cursor, in id order);
 * `insert` writes the reminders of that page that are due now (page ids as a Postgres uuid array literal),
 * `on conflict do nothing` on the reminder's unique key, returning the new ids.
 */
export interface SweepSql {
  kind: NotificationKind;
  /** Parameters: cursor (uuid), limit. */
  page: string;
  insert: string;
  /** The insert's parameters, in the order its placeholders appear. */
  insertParams(now: Date, ids: string): unknown[];
}

/** The rule that applies to a course: its own, else its institution's (`rule.offsets`, `rule.enabled`). */
const RULE = (kind: NotificationKind) => `left join lateral (
    select r.offsets, r.enabled from reminder_rule r
    where r.institution_id = c.owner_institution_id and r.kind = '${kind}' and (r.course_id = c.id or r.course_id is null)
    order by r.course_id nulls last limit 1) rule on true`;

const offsets = (kind: NotificationKind) =>
  `coalesce(rule.offsets, '${JSON.stringify(DEFAULT_RULES[kind].offsets)}'::jsonb)`;

const ENROLMENT_JOINS = (kind: NotificationKind) => `from unnest(?::uuid[]) as p(id)
    join enrolment e on e.id = p.id
    join course c on c.id = e.course_id
    join course_version v on v.id = e.version_id
    join user_account u on u.id = e.user_id and u.status = 'active'
    ${RULE(kind)}`;

const INSERT = (kind: NotificationKind, select: string) => `insert into notification
    (id, created_at, user_id, kind, target_id, cycle, params, mandatory, status, in_app)
  select gen_random_uuid(), now(), n.user_id, '${kind}', n.target_id, n.cycle, n.params, n.mandatory, 'pending', false
  from (${select}) n
  where n.cycle is not null
  on conflict do nothing
  returning id`;

const ACTIVE_PAGE = (condition: string) => `select e.id from enrolment e
  where e.status = 'active' and ${condition} and e.id > ?::uuid order by e.id limit ?`;

/** Due within one of the offsets: the smallest offset the due date is within names the cycle (7d, then 1d). */
export const DUE_SOON: SweepSql = {
  kind: NotificationKind.DUE_SOON,
  page: ACTIVE_PAGE(`e.due_at is not null`),
  insert: INSERT(
    NotificationKind.DUE_SOON,
    `select e.user_id, e.id as target_id, e.mandatory,
       (select min(x::int) from jsonb_array_elements_text(${offsets(NotificationKind.DUE_SOON)}) x
        where e.due_at <= ?::timestamptz + make_interval(days => x::int)) || 'd' as cycle,
       jsonb_build_object('courseTitle', v.title, 'dueAt', e.due_at, 'mandatory', e.mandatory) as params
     ${ENROLMENT_JOINS(NotificationKind.DUE_SOON)}
     where coalesce(rule.enabled, true) and e.status = 'active' and e.due_at > ?::timestamptz`,
  ),
  insertParams: (now, ids) => [now, ids, now],
};

/** Past due: one reminder per `offsets[0]` days overdue (week-0, week-1, …), at most MAX_OVERDUE_REMINDERS. */
export const OVERDUE: SweepSql = {
  kind: NotificationKind.OVERDUE,
  page: ACTIVE_PAGE(`e.due_at is not null`),
  insert: INSERT(
    NotificationKind.OVERDUE,
    `select e.user_id, e.id as target_id, e.mandatory,
       case when floor(extract(epoch from ?::timestamptz - e.due_at) / 86400
              / greatest((${offsets(NotificationKind.OVERDUE)}->>0)::int, 1)) < ${MAX_OVERDUE_REMINDERS}
         then 'period-' || floor(extract(epoch from ?::timestamptz - e.due_at) / 86400
              / greatest((${offsets(NotificationKind.OVERDUE)}->>0)::int, 1))::int end as cycle,
       jsonb_build_object('courseTitle', v.title, 'dueAt', e.due_at, 'mandatory', e.mandatory) as params
     ${ENROLMENT_JOINS(NotificationKind.OVERDUE)}
     where coalesce(rule.enabled, true) and e.status = 'active' and e.due_at <= ?::timestamptz`,
  ),
  insertParams: (now, ids) => [now, now, ids, now],
};

/** Assigned and never opened `offsets[0]` days later. */
export const NOT_STARTED: SweepSql = {
  kind: NotificationKind.NOT_STARTED,
  page: ACTIVE_PAGE(`e.last_activity_at is null and e.source <> 'self'`),
  insert: INSERT(
    NotificationKind.NOT_STARTED,
    `select e.user_id, e.id as target_id, e.mandatory,
       case when e.created_at <= ?::timestamptz - make_interval(days => (${offsets(NotificationKind.NOT_STARTED)}->>0)::int)
         then 'assigned' end as cycle,
       jsonb_build_object('courseTitle', v.title, 'assignedAt', e.created_at, 'dueAt', e.due_at) as params
     ${ENROLMENT_JOINS(NotificationKind.NOT_STARTED)}
     where coalesce(rule.enabled, true) and e.status = 'active' and e.last_activity_at is null`,
  ),
  insertParams: (now, ids) => [now, ids],
};

/** Started, then idle `offsets[0]` days: one reminder per idle spell (keyed by the day activity stopped). */
export const INACTIVE: SweepSql = {
  kind: NotificationKind.INACTIVE,
  page: ACTIVE_PAGE(`e.last_activity_at is not null`),
  insert: INSERT(
    NotificationKind.INACTIVE,
    `select e.user_id, e.id as target_id, e.mandatory,
       case when e.last_activity_at <= ?::timestamptz - make_interval(days => (${offsets(NotificationKind.INACTIVE)}->>0)::int)
         then 'idle-' || to_char(e.last_activity_at at time zone 'UTC', 'YYYYMMDD') end as cycle,
       jsonb_build_object('courseTitle', v.title, 'lastActivityAt', e.last_activity_at) as params
     ${ENROLMENT_JOINS(NotificationKind.INACTIVE)}
     where coalesce(rule.enabled, true) and e.status = 'active'`,
  ),
  insertParams: (now, ids) => [now, ids],
};

/**
 * A current course certificate (not revoked, not replaced) expiring within `offsets[0]` days. Certificates of
 * participation (no course) never expire.
 */
export const CERTIFICATE_EXPIRING: SweepSql = {
  kind: NotificationKind.CERTIFICATE_EXPIRING,
  page: `select cert.id from certificate cert
    where cert.kind = 'course' and cert.revoked_at is null and cert.expires_at is not null
      and cert.id > ?::uuid order by cert.id limit ?`,
  insert: INSERT(
    NotificationKind.CERTIFICATE_EXPIRING,
    `select cert.user_id, cert.id as target_id, false as mandatory,
       case when cert.expires_at <= ?::timestamptz + make_interval(days => (${offsets(NotificationKind.CERTIFICATE_EXPIRING)}->>0)::int)
         then 'before-' || (${offsets(NotificationKind.CERTIFICATE_EXPIRING)}->>0) || 'd' end as cycle,
       jsonb_build_object('courseTitle', cert.course_title, 'expiresAt', cert.expires_at) as params
     from unnest(?::uuid[]) as p(id)
     join certificate cert on cert.id = p.id
     join course c on c.id = cert.course_id
     join user_account u on u.id = cert.user_id and u.status = 'active'
     ${RULE(NotificationKind.CERTIFICATE_EXPIRING)}
     where coalesce(rule.enabled, true) and cert.revoked_at is null
       and not exists (select 1 from certificate newer where newer.reissue_of_id = cert.id)
       and cert.expires_at > ?::timestamptz`,
  ),
  insertParams: (now, ids) => [now, ids, now],
};
