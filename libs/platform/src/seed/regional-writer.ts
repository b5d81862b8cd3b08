import type { EntityManager } from '@mikro-orm/postgresql';
import { MAX_POINTS, type PlannedLearning } from './regional-learning';
import type { PlannedPerson } from './regional-people';
import { executeBound, insertColumns, iso, pgArray } from './regional-sql';

/** Kinds of reminder whose e-mail generated people do not get (they are not real people; in-app only). */
const QUIET_KINDS = ['due_soon', 'overdue', 'not_started', 'inactive', 'certificate_expiring'];

/** The people, each a learner of their institution, active, without a password (nobody signs in as them). */
export async function writePeople(
  em: EntityManager,
  people: PlannedPerson[],
  createdAt: number,
): Promise<void> {
  const at = iso(createdAt);
  await insertColumns(
    em,
    'user_account',
    [
      { name: 'id', type: 'uuid', values: people.map((p) => p.id) },
      { name: 'created_at', type: 'timestamptz', values: people.map(() => at) },
      { name: 'email', type: 'text', values: people.map((p) => p.email) },
      { name: 'display_name', type: 'text', values: people.map((p) => p.displayName) },
      { name: 'locale', type: 'text', values: people.map((p) => p.locale) },
      { name: 'time_zone', type: 'text', values: people.map((p) => p.timeZone) },
      { name: 'institution_id', type: 'uuid', values: people.map((p) => p.institution.id) },
      { name: 'unit_id', type: 'uuid', values: people.map((p) => p.unitId) },
      { name: 'sex', type: 'sex', values: people.map((p) => p.sex) },
      { name: 'staff_category', type: 'staff_category', values: people.map((p) => p.category) },
      { name: 'rank', type: 'rank_group', values: people.map((p) => p.rank) },
    ],
    { status: `'active'` },
  );
  const ids = pgArray(people.map((p) => p.id));
  await executeBound(
    em,
    `insert into role_assignment (id, created_at, user_id, role, institution_id)
     select gen_random_uuid(), u.created_at, u.id, 'learner', u.institution_id from user_account u where u.id = any(?::uuid[])`,
    [ids],
  );
  await executeBound(
    em,
    `insert into notification_preference (id, created_at, user_id, kind, email, in_app)
     select gen_random_uuid(), now(), u.id, k.kind::notification_kind, false, true
     from unnest(?::uuid[]) as u(id) cross join unnest(?::text[]) as k(kind)`,
    [ids, pgArray(QUIET_KINDS)],
  );
}

/** Enrolments, quiz attempts (and the outcomes they add up to) and certificates, a statement each. */
export async function writeLearning(em: EntityManager, learning: PlannedLearning): Promise<void> {
  const { enrolments, attempts, outcomes, certificates } = learning;
  await insertColumns(em, 'enrolment', [
    { name: 'id', type: 'uuid', values: enrolments.map((e) => e.id) },
    { name: 'created_at', type: 'timestamptz', values: enrolments.map((e) => iso(e.createdAt)) },
    { name: 'user_id', type: 'uuid', values: enrolments.map((e) => e.userId) },
    { name: 'course_id', type: 'uuid', values: enrolments.map((e) => e.course.courseId) },
    { name: 'version_id', type: 'uuid', values: enrolments.map((e) => e.course.versionId) },
    { name: 'status', type: 'enrolment_status', values: enrolments.map((e) => e.status) },
    { name: 'source', type: 'enrolment_source', values: enrolments.map((e) => e.source) },
    { name: 'mandatory', type: 'boolean', values: enrolments.map((e) => e.source === 'assigned') },
    { name: 'due_at', type: 'timestamptz', values: enrolments.map((e) => iso(e.dueAt)) },
    { name: 'completed_at', type: 'timestamptz', values: enrolments.map((e) => iso(e.completedAt)) },
    { name: 'withdrawn_at', type: 'timestamptz', values: enrolments.map((e) => iso(e.withdrawnAt)) },
    { name: 'last_activity_at', type: 'timestamptz', values: enrolments.map((e) => iso(e.lastActivityAt)) },
  ]);
  await insertColumns(
    em,
    'quiz_attempt',
    [
      { name: 'id', type: 'uuid', values: attempts.map((a) => a.id) },
      { name: 'created_at', type: 'timestamptz', values: attempts.map((a) => iso(a.startedAt)) },
      { name: 'enrolment_id', type: 'uuid', values: attempts.map((a) => a.enrolmentId) },
      { name: 'quiz_id', type: 'uuid', values: attempts.map((a) => a.quizId) },
      { name: 'user_id', type: 'uuid', values: attempts.map((a) => a.userId) },
      { name: 'number', type: 'int', values: attempts.map((a) => a.number) },
      { name: 'started_at', type: 'timestamptz', values: attempts.map((a) => iso(a.startedAt)) },
      { name: 'submitted_at', type: 'timestamptz', values: attempts.map((a) => iso(a.submittedAt)) },
      { name: 'locale', type: 'text', values: attempts.map((a) => a.locale) },
      { name: 'score', type: 'float8', values: attempts.map((a) => a.score) },
      { name: 'points', type: 'float8', values: attempts.map((a) => (a.score * MAX_POINTS) / 100) },
      { name: 'passed', type: 'boolean', values: attempts.map((a) => a.passed) },
    ],
    {
      status: `'submitted'`,
      auto_submitted: 'false',
      questions: `'[]'::jsonb`,
      max_points: String(MAX_POINTS),
    },
  );
  await insertColumns(em, 'quiz_outcome', [
    { name: 'id', type: 'uuid', values: outcomes.map((o) => o.id) },
    { name: 'created_at', type: 'timestamptz', values: outcomes.map((o) => iso(o.firstStartedAt)) },
    { name: 'enrolment_id', type: 'uuid', values: outcomes.map((o) => o.enrolmentId) },
    { name: 'quiz_id', type: 'uuid', values: outcomes.map((o) => o.quizId) },
    { name: 'score', type: 'float8', values: outcomes.map((o) => o.score) },
    { name: 'passed', type: 'boolean', values: outcomes.map((o) => o.passed) },
    { name: 'attempts_used', type: 'int', values: outcomes.map((o) => o.attemptsUsed) },
    { name: 'last_submitted_at', type: 'timestamptz', values: outcomes.map((o) => iso(o.lastSubmittedAt)) },
  ]);
  if (!certificates.length) return;
  await executeBound(
    em,
    `insert into certificate (id, created_at, enrolment_id, user_id, course_id, version_id, institution_id, serial_number,
       verification_code, holder_name, course_title, issued_at, expires_at, revoked_at, revocation_reason, locale, status_index)
     select x.id, x.issued_at, x.enrolment_id, x.user_id, v.course_id, v.id, x.institution_id,
       'PAR-' || to_char(x.issued_at at time zone 'UTC', 'YYYY') || '-' || lpad(nextval('certificate_serial_seq')::text, 6, '0'),
       md5('regional-certificate:' || x.id::text), x.holder_name, v.title, x.issued_at, x.expires_at, x.revoked_at,
       case when x.revoked_at is not null then 'Issued in error' end, x.locale, nextval('certificate_status_index_seq')
     from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::uuid[], ?::uuid[], ?::timestamptz[], ?::timestamptz[], ?::timestamptz[],
       ?::text[], ?::text[])
       as x(id, enrolment_id, user_id, version_id, institution_id, issued_at, expires_at, revoked_at, holder_name, locale)
     join course_version v on v.id = x.version_id`,
    [
      pgArray(certificates.map((c) => c.id)),
      pgArray(certificates.map((c) => c.enrolmentId)),
      pgArray(certificates.map((c) => c.userId)),
      pgArray(certificates.map((c) => c.course.versionId)),
      pgArray(certificates.map((c) => c.course.ownerInstitutionId)),
      pgArray(certificates.map((c) => iso(c.issuedAt))),
      pgArray(certificates.map((c) => iso(c.expiresAt))),
      pgArray(certificates.map((c) => iso(c.revokedAt))),
      pgArray(certificates.map((c) => c.holderName)),
      pgArray(certificates.map((c) => c.locale)),
    ],
  );
}

/**
 * Every row this generator writes refers to rows it wrote or read just before, so foreign keys hold by construction:
 * where the database allows it (a superuser, as on a developer's machine), their per-row checks are skipped for this
 * transaction, which halves the time of a large set. Elsewhere the checks run.
 */
export async function skipForeignKeyChecks(em: EntityManager): Promise<void> {
  const [role] = await em.execute<{ superuser: boolean }[]>(
    `select rolsuper as superuser from pg_roles where rolname = current_user`,
  );
  if (role?.superuser) await em.execute(`set local session_replication_role = replica`);
}
