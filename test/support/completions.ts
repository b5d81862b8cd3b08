import type { EntityManager } from '@mikro-orm/postgresql';
import { EventTopic } from '@parity/shared/queue';

const LOCALES = ['en', 'sr-Cyrl', 'sq', 'mk', 'bs', 'hr', 'sr-Latn', 'cnr'];

/**
 * `count` learners of the institution who completed the version, with their `enrolment.completed` outbox events,
 * written in three statements (as the completion service would leave them, minus the lesson progress). Names and
 * languages rotate through Parity's scripts so PDFs use Latin, Cyrillic and Albanian letters. Returns the events.
 */
export async function givenCompletions(
  em: EntityManager,
  input: { institutionId: string; courseId: string; versionId: string; count: number; tag: string },
): Promise<{ enrolmentIds: string[]; eventIds: string[] }> {
  await em.execute(
    `insert into user_account (id, created_at, email, display_name, locale, time_zone, status, institution_id)
     select gen_random_uuid(), now(), 'chaos-' || ? || '-' || n || '@example.test',
       (array['Јована Петровић','Blerina Çela','Ana Marković','Ѓорѓи Ќосевски'])[1 + n % 4] || ' ' || n,
       (?::text[])[1 + n % ?], 'Europe/Belgrade', 'active', ?
     from generate_series(1, ?) n`,
    [
      input.tag,
      `{${LOCALES.map((l) => `"${l}"`).join(',')}}`,
      LOCALES.length,
      input.institutionId,
      input.count,
    ],
  );
  const enrolments = await em.execute<{ id: string }[]>(
    `insert into enrolment (id, created_at, user_id, course_id, version_id, status, source, mandatory, completed_at)
     select gen_random_uuid(), now(), u.id, ?, ?, 'completed', 'assigned', false, now()
     from user_account u where u.email like ?
     returning id`,
    [input.courseId, input.versionId, `chaos-${input.tag}-%`],
  );
  const events = await em.execute<{ id: string }[]>(
    `insert into outbox_event (id, created_at, topic, key, payload)
     select gen_random_uuid(), now(), ?, 'enrolment-completed:' || e.id, jsonb_build_object('enrolmentId', e.id)
     from unnest(?::uuid[]) as e(id)
     returning id`,
    [EventTopic.enrolmentCompleted, `{${enrolments.map((row) => row.id).join(',')}}`],
  );
  return { enrolmentIds: enrolments.map((row) => row.id), eventIds: events.map((row) => row.id) };
}
