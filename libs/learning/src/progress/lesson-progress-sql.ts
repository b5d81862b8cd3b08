/**
 * The statements of a progress report, in lock order (enrolment row first, so reports of one enrolment queue up and
 * completion always sees every committed lesson).
 */
export const TOUCH_ENROLMENT = `update enrolment set last_lesson_id = ?, last_activity_at = now()
  where id = ? and status = 'active' returning id`;

/** A visit keeps its largest running total; a visit id of another enrolment or lesson is left alone. */
export const UPSERT_VISIT = `insert into lesson_visit (id, enrolment_id, lesson_id, seconds, updated_at)
  values (?, ?, ?, ?, now())
  on conflict (id) do update set seconds = greatest(lesson_visit.seconds, excluded.seconds), updated_at = now()
  where lesson_visit.enrolment_id = excluded.enrolment_id and lesson_visit.lesson_id = excluded.lesson_id`;

/** Time spent is the sum of the visits (so a retried report counts once); completion, once set, stays. */
export const UPSERT_PROGRESS = `insert into lesson_progress
    (id, created_at, enrolment_id, lesson_id, started_at, completed_at, seconds_spent)
  values (gen_random_uuid(), now(), ?, ?, now(), case when ? then now() end,
    (select coalesce(sum(v.seconds), 0) from lesson_visit v where v.enrolment_id = ? and v.lesson_id = ?))
  on conflict (enrolment_id, lesson_id) do update set
    seconds_spent = excluded.seconds_spent,
    completed_at = coalesce(lesson_progress.completed_at, excluded.completed_at)
  returning completed_at, seconds_spent`;

export const READ_PROGRESS = `select completed_at, seconds_spent from lesson_progress
  where enrolment_id = ? and lesson_id = ?`;

export const LESSON_IN_VERSION = `select 1 as found from lesson l join course_module m on m.id = l.module_id
  where l.id = ? and m.version_id = ?`;
