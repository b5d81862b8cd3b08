/**
 * One statement: enrol every target person not already holding an active or completed enrolment in any version of
 * the course; the unique (person, version) constraint makes a parallel or repeated call create nothing more. A person
 * whose enrolment in this version was withdrawn (or expired) is enrolled again: the row comes back to life with its
 * progress, under the new assignment. `targets` is a SELECT of user_account ids; its parameters come first.
 */
export function assignCourseSql(targets: string): string {
  return `with targets as (${targets}),
  created as (
    insert into enrolment (id, created_at, user_id, course_id, version_id, status, source, mandatory, due_at, assigned_by_id)
    select gen_random_uuid(), now(), t.id, ?, ?, 'active', 'assigned', ?, ?, ?
    from targets t
    where not exists (
      select 1 from enrolment e where e.user_id = t.id and e.course_id = ? and e.status in ('active', 'completed'))
    on conflict (user_id, version_id, cycle) do update set
      status = 'active', source = 'assigned', withdrawn_at = null, mandatory = excluded.mandatory,
      due_at = excluded.due_at, assigned_by_id = excluded.assigned_by_id
      where enrolment.status in ('withdrawn', 'expired')
    returning 1)
  select (select count(*) from created) as created, (select count(*) from targets) as targeted`;
}

const ASSIGNABLE = `u.status <> 'disabled'`;

/** Everyone in the unit and its sub-units (materialised path prefix). */
export const UNIT_TARGETS = `select u.id from user_account u join unit un on un.id = u.unit_id
  where un.institution_id = ? and un.path like ? and ${ASSIGNABLE}`;

export const COHORT_TARGETS = `select u.id from cohort_member m join user_account u on u.id = m.user_id
  where m.cohort_id = ? and ${ASSIGNABLE}`;

export const peopleTargets = (count: number): string =>
  `select u.id from user_account u where u.id in (${Array.from({ length: count }, () => '?').join(', ')}) and ${ASSIGNABLE}`;
