import type { EntityManager } from '@mikro-orm/postgresql';
import { snapshotHash } from '@parity/curriculum';
import { DEMO_COURSE_TITLE } from './demo-course-content';
import { REGIONAL_COURSES, SOURCE_COURSE_POPULARITY } from './regional-courses';
import { copyRows, sqlLiteral } from './regional-copy';
import { regionalUuid, regionalUuidSql } from './regional-ids';
import type { CatalogueCourse } from './regional-learning';

const DAY = 86_400_000;

interface QuizRow {
  id: string;
  kind: 'pre_test' | 'post_test';
  passing_score: number | null;
  attempts_allowed: number | null;
}

/** The demo course's published version, else the earliest published version with a pre- and a post-test. */
export async function findSourceVersion(em: EntityManager): Promise<string | null> {
  const [row] = await em.execute<{ id: string }[]>(
    `select v.id from course_version v join course c on c.published_version_id = v.id
     where v.status = 'published'
       and exists (select 1 from quiz q join course_module m on m.id = q.module_id
                   where m.version_id = v.id and q.kind = 'pre_test')
       and exists (select 1 from quiz q join course_module m on m.id = q.module_id
                   where m.version_id = v.id and q.kind = 'post_test')
     order by v.title->>'en' = ? desc, v.published_at, v.id limit 1`,
    [DEMO_COURSE_TITLE.en],
  );
  return row?.id ?? null;
}

/**
 * The catalogue learners enrol in: the source version and a published copy of it per regional course (own course,
 * title and ids; modules, lessons, quizzes and quiz items copied, the snapshot's quiz ids rewritten), owned in turn by
 * the given institutions. Copies that exist already (same label) are reused.
 */
export async function ensureCatalogue(
  em: EntityManager,
  input: { label: string; sourceVersionId: string; owners: string[]; asOf: number },
): Promise<CatalogueCourse[]> {
  const [source] = await em.execute<{ course_id: string; owner: string; snapshot: unknown }[]>(
    `select v.course_id, c.owner_institution_id as owner, v.snapshot
     from course_version v join course c on c.id = v.course_id where v.id = ?`,
    [input.sourceVersionId],
  );
  if (!source) throw new Error(`no course version ${input.sourceVersionId}`);
  const quizzes = await em.execute<QuizRow[]>(
    `select q.id, q.kind, q.passing_score, q.attempts_allowed from quiz q join course_module m on m.id = q.module_id
     where m.version_id = ? and q.kind in ('pre_test', 'post_test') order by m.position, q.position`,
    [input.sourceVersionId],
  );
  const pre = quizzes.find((quiz) => quiz.kind === 'pre_test');
  const post = quizzes.find((quiz) => quiz.kind === 'post_test');
  if (!pre || !post) throw new Error('the source course version needs a pre-test and a post-test');
  const entry = (courseId: string, versionId: string, salt: string, owner: string) => ({
    courseId,
    versionId,
    ownerInstitutionId: owner,
    preQuizId: salt ? regionalUuid(salt + pre.id) : pre.id,
    postQuizId: salt ? regionalUuid(salt + post.id) : post.id,
    prePassing: pre.passing_score,
    postPassing: post.passing_score,
    postAttempts: Math.max(1, post.attempts_allowed ?? 3),
  });
  const catalogue: CatalogueCourse[] = [
    {
      ...entry(source.course_id, input.sourceVersionId, '', source.owner),
      validityMonths: null,
      popularity: SOURCE_COURSE_POPULARITY,
    },
  ];
  for (const [index, spec] of REGIONAL_COURSES.entries()) {
    const salt = `${input.label}:copy:${index + 1}:`;
    const courseId = regionalUuid(`${input.label}:course:${index + 1}`);
    const versionId = regionalUuid(`${input.label}:version:${index + 1}`);
    const owner = input.owners[index % input.owners.length] ?? source.owner;
    catalogue.push({
      ...entry(courseId, versionId, salt, owner),
      validityMonths: spec.validityMonths,
      popularity: spec.popularity,
    });
    const [exists] = await em.execute<{ id: string }[]>(`select id from course where id = ?`, [courseId]);
    if (exists) continue;
    await copyVersion(em, {
      sourceVersionId: input.sourceVersionId,
      sourceCourseId: source.course_id,
      snapshot: source.snapshot,
      quizIds: [pre.id, post.id],
      salt,
      courseId,
      versionId,
      owner,
      title: spec.title,
      publishedAt: new Date(input.asOf - 560 * DAY).toISOString(),
      validityMonths: spec.validityMonths,
    });
  }
  return catalogue;
}

async function copyVersion(
  em: EntityManager,
  copy: {
    sourceVersionId: string;
    sourceCourseId: string;
    snapshot: unknown;
    quizIds: string[];
    salt: string;
    courseId: string;
    versionId: string;
    owner: string;
    title: Record<string, string>;
    publishedAt: string;
    validityMonths: number | null;
  },
): Promise<void> {
  const mapped = (column: string) => regionalUuidSql(`${sqlLiteral(copy.salt)} || src.${column}::text`);
  const at = `${sqlLiteral(copy.publishedAt)}::timestamptz`;
  let snapshotText = JSON.stringify(copy.snapshot ?? null);
  for (const id of copy.quizIds) snapshotText = snapshotText.split(id).join(regionalUuid(copy.salt + id));
  const snapshot = JSON.parse(snapshotText) as { version?: { title?: unknown } } | null;
  if (snapshot?.version) snapshot.version.title = copy.title;
  await copyRows(em, 'course', 'src.id = ?', [copy.sourceCourseId], {
    id: sqlLiteral(copy.courseId),
    created_at: at,
    owner_institution_id: sqlLiteral(copy.owner),
    published_version_id: sqlLiteral(copy.versionId),
  });
  await copyRows(em, 'course_version', 'src.id = ?', [copy.sourceVersionId], {
    id: sqlLiteral(copy.versionId),
    created_at: at,
    course_id: sqlLiteral(copy.courseId),
    number: '1',
    submitted_at: at,
    reviewed_at: at,
    published_at: at,
  });
  // Texts go as parameters (a literal's "?" would read as a placeholder).
  await em.execute(
    `update course_version set title = ?::jsonb, snapshot = ?::jsonb, snapshot_hash = ? where id = ?`,
    [
      JSON.stringify(copy.title),
      snapshot === null ? null : JSON.stringify(snapshot),
      snapshot ? snapshotHash(snapshot) : null,
      copy.versionId,
    ],
  );
  const modules = `src.version_id = ?`;
  await copyRows(em, 'course_module', modules, [copy.sourceVersionId], {
    id: mapped('id'),
    version_id: sqlLiteral(copy.versionId),
  });
  const inModules = `src.module_id in (select id from course_module where version_id = ?)`;
  await copyRows(em, 'lesson', inModules, [copy.sourceVersionId], {
    id: mapped('id'),
    module_id: mapped('module_id'),
  });
  await copyRows(em, 'quiz', inModules, [copy.sourceVersionId], {
    id: mapped('id'),
    module_id: mapped('module_id'),
    paired_quiz_id: `case when src.paired_quiz_id is null then null else ${mapped('paired_quiz_id')} end`,
  });
  await copyRows(
    em,
    'quiz_item',
    `src.quiz_id in (select q.id from quiz q join course_module m on m.id = q.module_id where m.version_id = ?)`,
    [copy.sourceVersionId],
    { id: mapped('id'), quiz_id: mapped('quiz_id') },
  );
  if (copy.validityMonths)
    await em.execute(
      `insert into course_certification (id, created_at, course_id, validity_months, renewal_lead_days)
       values (?, now(), ?, ?, 60) on conflict (course_id) do nothing`,
      [regionalUuid(`${copy.salt}certification`), copy.courseId, copy.validityMonths],
    );
}
