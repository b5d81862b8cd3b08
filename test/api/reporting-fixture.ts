import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { QuizKind } from '@parity/curriculum';
import {
  RankGroup,
  Role,
  Sex,
  StaffCategory,
  type Institution,
  type Unit,
  type User,
} from '@parity/identity';
import { given, givenPublishedCourse } from '@parity/shared/testing';
import { givenReportingCoaching, type CoachingLearner } from './reporting-coaching';

/**
 * The fixed data set of the reporting tests. Five groups of learners (institution × sex), every group following the
 * same pattern by position i = 0 … n − 1 in the group, so every figure is known by construction:
 *
 * - one enrolment each, on 2025-01-05, due 2025-02-05; all but the last completed (i = 0, 1 on 2025-01-15, i.e.
 *   10 days and on time; i ≥ 2 on 2025-02-14, 40 days and late); the last is active, so overdue;
 * - graded quiz: best score 30 + 10·i (i = 0 also failed a first attempt at 20), passed when i ≥ 2;
 * - pre-test 40 and post-test 40 + 10·(i + 1) for the completed (gain 10·(i + 1)); the last has a pre-test only;
 * - a certificate for the completed, issued on completion; i = 0's expired on 2025-06-01, the others never expire;
 * - coaching (see reporting-coaching.ts): n engagements started by n − 1 coachees, and 8, 11, 7, 10, 2 sessions held.
 *
 * Groups: A women 6, A men 8, B women 5, B men 7, B sex not recorded 2. Rank by position: i = 0 junior officer,
 * i = 1–2 NCO, else enlisted; i = 0 civilian, others military. Institution A learners read English, B Bosnian.
 */
export interface ReportingFixture {
  a: Institution;
  b: Institution;
  aUnit: Unit;
  aSubUnit: Unit;
  bUnit: Unit;
  platformAdmin: User;
  adminA: User;
  courseId: string;
  quizId: string;
}

export const GROUPS = [
  { key: 'AF', institution: 'a', sex: Sex.FEMALE, size: 6 },
  { key: 'AM', institution: 'a', sex: Sex.MALE, size: 8 },
  { key: 'BF', institution: 'b', sex: Sex.FEMALE, size: 5 },
  { key: 'BM', institution: 'b', sex: Sex.MALE, size: 7 },
  { key: 'BX', institution: 'b', sex: null, size: 2 },
] as const;

const ENROLLED = new Date('2025-01-05T09:00:00Z');
const DUE = new Date('2025-02-05T09:00:00Z');
const ON_TIME = new Date('2025-01-15T09:00:00Z');
const LATE = new Date('2025-02-14T09:00:00Z');
const EXPIRED = new Date('2025-06-01T00:00:00Z');

const rankOf = (i: number): RankGroup =>
  i === 0 ? RankGroup.JUNIOR_OFFICER : i <= 2 ? RankGroup.NCO : RankGroup.ENLISTED;

export async function givenReportingData(em: EntityManager): Promise<ReportingFixture> {
  const g = given(em);
  const a = await g.institution();
  const b = await g.institution();
  const aUnit = await g.unit(a);
  const aSubUnit = await g.unit(a, undefined, aUnit);
  const bUnit = await g.unit(b);
  const platformAdmin = await g.user({ institution: a, roles: [Role.PLATFORM_ADMIN] });
  const adminA = await g.user({ institution: a, roles: [Role.INSTITUTION_ADMIN] });
  const trainer = await g.user({ institution: a, roles: [Role.TRAINER] });
  const course = await givenPublishedCourse(em, {
    institution: a,
    author: trainer,
    quizzes: [QuizKind.GRADED, QuizKind.PRE_TEST, QuizKind.POST_TEST],
  });
  const [graded, pre, post] = course.quizzes;
  const learners: CoachingLearner[] = [];
  for (const group of GROUPS) {
    const institution = group.institution === 'a' ? a : b;
    for (let i = 0; i < group.size; i += 1) {
      const learner = await g.user({
        institution,
        unit: group.institution === 'a' ? (i % 2 === 0 ? aSubUnit : aUnit) : bUnit,
        sex: group.sex,
        rank: rankOf(i),
        staffCategory: i === 0 ? StaffCategory.CIVILIAN : StaffCategory.MILITARY,
      });
      learners.push({ user: learner, institution, i, size: group.size });
      await em.execute(`update user_account set locale = ? where id = ?`, [
        group.institution === 'a' ? 'en' : 'bs',
        learner.id,
      ]);
      const completed = i < group.size - 1;
      const completedAt = completed ? (i <= 1 ? ON_TIME : LATE) : null;
      const enrolmentId = randomUUID();
      await em.execute(
        `insert into enrolment (id, created_at, user_id, course_id, version_id, status, source, mandatory, due_at, completed_at)
         values (?, ?, ?, ?, ?, ?, 'assigned', true, ?, ?)`,
        [
          enrolmentId,
          ENROLLED,
          learner.id,
          course.course.id,
          course.version.id,
          completed ? 'completed' : 'active',
          DUE,
          completedAt,
        ],
      );
      const scores = i === 0 ? [20, 30] : [30 + 10 * i];
      for (const [index, score] of scores.entries()) {
        await em.execute(
          `insert into quiz_attempt (id, created_at, enrolment_id, quiz_id, user_id, number, status, started_at, submitted_at, locale, questions, score, passed)
           values (?, now(), ?, ?, ?, ?, 'submitted', ?, ?, 'en', '[]', ?, ?)`,
          [
            randomUUID(),
            enrolmentId,
            graded.id,
            learner.id,
            index + 1,
            ENROLLED,
            ENROLLED,
            score,
            score >= 50,
          ],
        );
      }
      const outcomes: [string, number][] = [[pre.id, 40]];
      if (completed) outcomes.push([post.id, 40 + 10 * (i + 1)]);
      for (const [quizId, score] of outcomes) {
        await em.execute(
          `insert into quiz_outcome (id, created_at, enrolment_id, quiz_id, score, passed, attempts_used)
           values (?, now(), ?, ?, ?, true, 1)`,
          [randomUUID(), enrolmentId, quizId, score],
        );
      }
      if (completedAt) {
        await em.execute(
          `insert into certificate (id, created_at, enrolment_id, user_id, course_id, version_id, institution_id,
             serial_number, verification_code, holder_name, course_title, issued_at, expires_at, locale, status_index)
           values (?, now(), ?, ?, ?, ?, ?, ?, ?, ?, '{"en":"Course"}', ?, ?, 'en', nextval('certificate_status_index_seq'))`,
          [
            randomUUID(),
            enrolmentId,
            learner.id,
            course.course.id,
            course.version.id,
            institution.id,
            randomUUID().slice(0, 20),
            randomUUID(),
            learner.displayName,
            completedAt,
            i === 0 ? EXPIRED : null,
          ],
        );
      }
    }
  }
  await givenReportingCoaching(em, learners);
  return {
    a,
    b,
    aUnit,
    aSubUnit,
    bUnit,
    platformAdmin,
    adminA,
    courseId: course.course.id,
    quizId: graded.id,
  };
}
