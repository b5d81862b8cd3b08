import type { EntityManager } from '@mikro-orm/postgresql';
import { ensureCatalogue, findSourceVersion } from './regional-catalogue';
import { enrolmentCounts, planLearning, type PlannedLearning } from './regional-learning';
import { ensureRegion } from './regional-organisations';
import { planPeople, regionalEmail } from './regional-people';
import { RegionalRandom } from './regional-random';
import { skipForeignKeyChecks, writeLearning, writePeople } from './regional-writer';

const DAY = 86_400_000;
/** People are planned and written this many at a time, so memory stays flat however large the set. */
const CHUNK = 2_000;

export interface RegionalDataOptions {
  learners: number;
  /** On average (pairs of learners vary around it; the total is exact). At most the catalogue's 12 courses. */
  enrolmentsPerLearner: number;
  /** The PRNG seed: the same seed and parameters give the same data set (and the same figures). */
  seed?: number;
  /** Names this data set (e-mails `<label>.<n>@regional.parity.demo`, ids, course copies); lower-case, digits, '-'. */
  label?: string;
  /** Put the learners in institutions of their own ("… [label]") instead of the demo's institutions. */
  separateInstitutions?: boolean;
  /** The published version (with a pre- and a post-test) copied into the catalogue; default: the earliest such. */
  sourceVersionId?: string;
  /** The data set's "now" (default: the current time). */
  asOf?: Date;
}

export interface RegionalDataSummary {
  created: boolean;
  label: string;
  institutions: number;
  courses: number;
  learners: number;
  enrolments: number;
  completions: number;
  quizAttempts: number;
  certificates: number;
  ms: number;
}

/** The set `npm start` loads with the demo. */
export const DEMO_REGIONAL_DATA: RegionalDataOptions = {
  learners: 1_500,
  enrolmentsPerLearner: 6,
  label: 'demo',
};

/**
 * Writes a realistic regional data set for dashboards and benchmarks: learners of the region's ministries and armed
 * forces with sex, staff category, rank group, unit and language; enrolments in a catalogue of published courses over
 * the last 18 months with due dates, pre- and post-test attempts, completions and certificates (see
 * regional-profiles.ts and regional-learning.ts for the documented proportions). Set-based: a few statements per
 * 2,000 learners. Runs once per label: if the label's first learner exists, nothing is written.
 */
export async function seedRegionalData(
  em: EntityManager,
  options: RegionalDataOptions,
): Promise<RegionalDataSummary> {
  const started = performance.now();
  const label = options.label ?? 'regional';
  if (!/^[a-z0-9-]+$/.test(label))
    throw new Error(`label must be lower-case letters, digits and '-': ${label}`);
  const summary: RegionalDataSummary = {
    created: false,
    label,
    institutions: 0,
    courses: 0,
    learners: 0,
    enrolments: 0,
    completions: 0,
    quizAttempts: 0,
    certificates: 0,
    ms: 0,
  };
  await em.flush();
  await em.transactional(async (tx) => {
    const [existing] = await tx.execute<{ id: string }[]>(`select id from user_account where email = ?`, [
      regionalEmail(label, 1),
    ]);
    if (existing) return;
    const asOf = (options.asOf ?? new Date()).getTime();
    const seed = options.seed ?? 1325;
    const random = new RegionalRandom(seed);
    const institutions = await ensureRegion(tx, options.separateInstitutions ? label : '');
    const sourceVersionId = options.sourceVersionId ?? (await findSourceVersion(tx));
    if (!sourceVersionId)
      throw new Error('no published course version with a pre- and a post-test to enrol into');
    const catalogue = await ensureCatalogue(tx, {
      label,
      sourceVersionId,
      owners: institutions.map((inst) => inst.id),
      asOf,
    });
    const people = planPeople(label, options.learners, institutions, random);
    const context = { asOf, catalogue, random, ids: new RegionalRandom(seed ^ labelHash(label)) };
    const counts = enrolmentCounts(options.learners, options.enrolmentsPerLearner, catalogue.length, random);
    await skipForeignKeyChecks(tx);
    // Planning the next chunk overlaps writing the previous one (one connection: the statements stay in order).
    let writing: Promise<void> = Promise.resolve();
    for (let from = 0; from < people.length; from += CHUNK) {
      const chunk = people.slice(from, from + CHUNK);
      const learning: PlannedLearning = { enrolments: [], attempts: [], outcomes: [], certificates: [] };
      chunk.forEach((person, index) => planLearning(person, counts[from + index] ?? 0, context, learning));
      await writing;
      writing = writePeople(tx, chunk, asOf - 600 * DAY).then(() => writeLearning(tx, learning));
      summary.enrolments += learning.enrolments.length;
      summary.completions += learning.enrolments.filter((e) => e.status === 'completed').length;
      summary.quizAttempts += learning.attempts.length;
      summary.certificates += learning.certificates.length;
    }
    await writing;
    Object.assign(summary, {
      created: true,
      institutions: institutions.length,
      courses: catalogue.length,
      learners: people.length,
    });
  });
  summary.ms = Math.round(performance.now() - started);
  return summary;
}

/** FNV-1a of the label: ids come from a sequence of their own per label, so two data sets never share one. */
function labelHash(label: string): number {
  let hash = 0x811c9dc5;
  for (const char of label) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return hash;
}
