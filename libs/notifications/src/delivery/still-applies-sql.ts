import { NotificationKind } from '../copy/notification-kind';

/**
 * Re-checked at send time, in the delivery transaction: a reminder written minutes or hours ago must not reach
 * someone who has since completed, been withdrawn, renewed, or been disabled. One parameter: the target id.
 */
const ACTIVE_ENROLMENT = (condition: string) => `select exists (
  select 1 from enrolment e join user_account u on u.id = e.user_id and u.status = 'active'
  where e.id = ? and e.status = 'active' and ${condition}) as applies`;

export const STILL_APPLIES_SQL: Partial<Record<NotificationKind, string>> = {
  [NotificationKind.DUE_SOON]: ACTIVE_ENROLMENT(`e.due_at > now()`),
  [NotificationKind.OVERDUE]: ACTIVE_ENROLMENT(`e.due_at <= now()`),
  [NotificationKind.NOT_STARTED]: ACTIVE_ENROLMENT(`e.last_activity_at is null`),
  [NotificationKind.INACTIVE]: ACTIVE_ENROLMENT(`e.last_activity_at < now() - interval '1 day'`),
  [NotificationKind.CERTIFICATE_EXPIRING]: `select exists (
    select 1 from certificate cert join user_account u on u.id = cert.user_id and u.status = 'active'
    where cert.id = ? and cert.kind = 'course' and cert.revoked_at is null and cert.expires_at > now()
      and not exists (select 1 from certificate newer where newer.reissue_of_id = cert.id)
      and not exists (select 1 from certificate later where later.user_id = cert.user_id
                      and later.course_id = cert.course_id and later.issued_at > cert.issued_at)) as applies`,
  [NotificationKind.ESCALATION_DIGEST]: `select exists (
    select 1 from enrolment e join user_account u on u.id = e.user_id and u.institution_id = ?
    where e.status = 'active' and e.mandatory and e.due_at < now()) as applies`,
  [NotificationKind.SESSION_UPCOMING]: `select exists (
    select 1 from coaching_session s join coaching_engagement e on e.id = s.engagement_id and e.state = 'active'
    where s.id = ? and s.state = 'scheduled' and s.starts_at > now()) as applies`,
};
