import type { EntityManager } from '@mikro-orm/postgresql';

/** What completion needs to know about an enrolment, counted in the enrolled version. */
export interface CompletionFacts {
  userId: string;
  versionId: string;
  status: string;
  lessonsTotal: number;
  lessonsCompleted: number;
  quizzesRequired: number;
  quizzesPassed: number;
  secondsSpent: number;
  minimumMinutes: number | null;
}

const FACTS_SQL = `
select e.user_id, e.version_id, e.status, c.completion_minimum_minutes,
  (select count(*) from lesson l join course_module m on m.id = l.module_id
     where m.version_id = e.version_id) as lessons_total,
  (select count(*) from lesson_progress p join lesson l on l.id = p.lesson_id
     join course_module m on m.id = l.module_id
     where p.enrolment_id = e.id and p.completed_at is not null and m.version_id = e.version_id) as lessons_completed,
  (select count(*) from quiz q join course_module m on m.id = q.module_id
     where m.version_id = e.version_id and q.kind in ('graded', 'post_test')) as quizzes_required,
  (select count(*) from quiz_outcome o join quiz q on q.id = o.quiz_id
     join course_module m on m.id = q.module_id
     where o.enrolment_id = e.id and o.passed and m.version_id = e.version_id
       and q.kind in ('graded', 'post_test')) as quizzes_passed,
  (select coalesce(sum(p.seconds_spent), 0) from lesson_progress p where p.enrolment_id = e.id) as seconds_spent
from enrolment e join course c on c.id = e.course_id
where e.id = ?`;

interface FactsRow {
  user_id: string;
  version_id: string;
  status: string;
  completion_minimum_minutes: number | null;
  lessons_total: string;
  lessons_completed: string;
  quizzes_required: string;
  quizzes_passed: string;
  seconds_spent: string;
}

/** One statement: the enrolment's standing against its course's completion rules (null: no such enrolment). */
export async function completionFacts(
  em: EntityManager,
  enrolmentId: string,
): Promise<CompletionFacts | null> {
  const [row] = await em.execute<FactsRow[]>(FACTS_SQL, [enrolmentId]);
  if (!row) return null;
  return {
    userId: row.user_id,
    versionId: row.version_id,
    status: row.status,
    lessonsTotal: Number(row.lessons_total),
    lessonsCompleted: Number(row.lessons_completed),
    quizzesRequired: Number(row.quizzes_required),
    quizzesPassed: Number(row.quizzes_passed),
    secondsSpent: Number(row.seconds_spent),
    minimumMinutes: row.completion_minimum_minutes,
  };
}

/** The course's rules: every lesson completed, every graded quiz and post-test passed, the minimum time if any. */
export function rulesMet(facts: CompletionFacts): boolean {
  return (
    facts.lessonsCompleted >= facts.lessonsTotal &&
    facts.quizzesPassed >= facts.quizzesRequired &&
    (facts.minimumMinutes === null || facts.secondsSpent >= facts.minimumMinutes * 60)
  );
}
