import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

/** The demo's coach, the commander who is coached, and the HR admin who runs programmes. */
export const COACHING_DEMO = {
  coach: 'coach@parity.demo',
  coachee: 'commander@parity.demo',
  manager: 'hr.admin@parity.demo',
} as const;

export interface CoachingJourneyData {
  programmeId: string;
  programmeName: string;
  engagementId: string;
}

async function withDatabase<T>(work: (db: Client) => Promise<T>): Promise<T> {
  const db = new Client({ connectionString: process.env['DATABASE_URL'] });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}

async function userId(db: Client, email: string): Promise<{ id: string; institutionId: string }> {
  const { rows } = await db.query<{ id: string; institution_id: string }>(
    `select id, institution_id from user_account where email = $1`,
    [email],
  );
  const row = rows[0];
  if (!row) throw new Error(`the demo has no ${email}`);
  return { id: row.id, institutionId: row.institution_id };
}

/**
 * A programme of its own (managed by the demo HR admin) with one ACTIVE engagement of two planned sessions between
 * the demo coach and the commander: written as the services leave them (as `givenCoaching` does for the API tests),
 * so the journey starts from an engagement with no sessions, notes or action items.
 */
export function givenCoachingEngagement(): Promise<CoachingJourneyData> {
  return withDatabase(async (db) => {
    const coach = await userId(db, COACHING_DEMO.coach);
    const coachee = await userId(db, COACHING_DEMO.coachee);
    const manager = await userId(db, COACHING_DEMO.manager);
    const programmeId = randomUUID();
    const engagementId = randomUUID();
    const programmeName = `Gender Coach Programme ${programmeId.slice(0, 6)}`;
    await db.query('begin');
    await db.query(
      `insert into coaching_programme (id, created_at, institution_id, name, starts_on, ends_on, self_sign_up)
       values ($1, now(), $2, $3, current_date - 30, current_date + 335, false)`,
      [programmeId, manager.institutionId, programmeName],
    );
    await db.query(
      `insert into programme_manager (id, created_at, programme_id, user_id) values (gen_random_uuid(), now(), $1, $2)`,
      [programmeId, manager.id],
    );
    await db.query(
      `insert into coaching_engagement (id, created_at, programme_id, coach_id, coachee_id, planned_sessions, state,
                                        coach_accepted_at, coachee_confirmed_at)
       values ($1, now(), $2, $3, $4, 2, 'active', now(), now())`,
      [engagementId, programmeId, coach.id, coachee.id],
    );
    await db.query('commit');
    return { programmeId, programmeName, engagementId };
  });
}

/**
 * Moves a booked session to a time that has passed (as if the journey waited for it), so the coach can record it
 * held. Nothing else about it changes.
 */
export function moveSessionIntoThePast(engagementId: string): Promise<string> {
  return withDatabase(async (db) => {
    const { rows } = await db.query<{ id: string }>(
      `update coaching_session
          set starts_at = date_trunc('minute', now()) - interval '3 hours 7 minutes',
              ends_at = date_trunc('minute', now()) - interval '3 hours 7 minutes'
                        + make_interval(mins => duration_minutes)
        where engagement_id = $1 and state = 'scheduled'
        returning id`,
      [engagementId],
    );
    const row = rows[0];
    if (!row) throw new Error('no scheduled session to move');
    return row.id;
  });
}

/** The engagement's stored notes, bodies as bytes read as text: a canary written in the app must not appear. */
export function rawNoteColumns(engagementId: string): Promise<string> {
  return withDatabase(async (db) => {
    const { rows } = await db.query(
      `select id, visibility, key_id, encode(body_ciphertext, 'escape') as body from session_note
        where engagement_id = $1`,
      [engagementId],
    );
    return JSON.stringify(rows);
  });
}

/** `YYYY-MM-DDTHH:mm` (a datetime-local value) `days` days from now at `hour`:`minute`, in this machine's zone. */
export function localTimeInDays(days: number, hour: number, minute = 0): string {
  const date = new Date(Date.now() + days * 86_400_000);
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(hour)}:${pad(minute)}`;
}
