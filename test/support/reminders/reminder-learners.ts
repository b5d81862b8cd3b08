import type { EntityManager } from '@mikro-orm/postgresql';
import type { NotificationLocale } from '@parity/notifications';

/** Every language Parity writes reminders in, and zones on both sides of UTC+1 (London is UTC+0 or +1). */
export const REMINDER_LOCALES: readonly NotificationLocale[] = [
  'en',
  'bs',
  'hr',
  'sr-Latn',
  'sr-Cyrl',
  'cnr',
  'mk',
  'sq',
];
export const REMINDER_ZONES = ['Europe/Belgrade', 'Europe/Skopje', 'Europe/Tirane', 'Europe/London'] as const;
/** The local clock time every learner's course is due, tomorrow in their own zone. */
export const DUE_LOCAL_TIME = '17:00';

const NAMES = ['Јована Петровић', 'Blerina Çela', 'Ana Marković', 'Ѓорѓи Ќосевски', 'Arta Krasniqi'];

export interface ReminderLearner {
  userId: string;
  email: string;
  displayName: string;
  locale: NotificationLocale;
  timeZone: string;
  enrolmentId: string;
  dueAt: Date;
  mandatory: boolean;
}

const arrayLiteral = (values: readonly string[]): string => `{${values.map((v) => `"${v}"`).join(',')}}`;

/**
 * `count` active learners of the institution, each assigned the course (active enrolment, opened today) due
 * tomorrow at 17:00 in their own zone, written in one statement. Languages rotate through all eight and zones
 * through four, so every language meets every zone; every other enrolment is mandatory. E-mail addresses are
 * `rem-<tag>-<n>@example.test`.
 */
export async function givenReminderLearners(
  em: EntityManager,
  input: { institutionId: string; courseId: string; versionId: string; count: number; tag: string },
): Promise<ReminderLearner[]> {
  await em.execute(
    `with s as (
       select n, gen_random_uuid() as user_id,
         (?::text[])[1 + n % ?] as locale,
         (?::text[])[1 + (n / ?) % ?] as time_zone
       from generate_series(1, ?) n),
     u as (
       insert into user_account (id, created_at, email, display_name, locale, time_zone, status, institution_id)
       select s.user_id, now(), 'rem-' || ? || '-' || s.n || '@example.test',
         (?::text[])[1 + s.n % ?] || ' ' || s.n, s.locale, s.time_zone, 'active', ?
       from s
       returning id)
     insert into enrolment (id, created_at, user_id, course_id, version_id, status, source, mandatory, due_at,
       last_activity_at)
     select gen_random_uuid(), now(), u.id, ?, ?, 'active', 'assigned', s.n % 2 = 0,
       (((now() at time zone s.time_zone)::date + 1) + ?::time) at time zone s.time_zone, now()
     from s join u on u.id = s.user_id`,
    [
      arrayLiteral(REMINDER_LOCALES),
      REMINDER_LOCALES.length,
      arrayLiteral(REMINDER_ZONES),
      REMINDER_LOCALES.length,
      REMINDER_ZONES.length,
      input.count,
      input.tag,
      arrayLiteral(NAMES),
      NAMES.length,
      input.institutionId,
      input.courseId,
      input.versionId,
      DUE_LOCAL_TIME,
    ],
  );
  const rows = await em.execute<
    {
      user_id: string;
      email: string;
      display_name: string;
      locale: NotificationLocale;
      time_zone: string;
      enrolment_id: string;
      due_at: Date;
      mandatory: boolean;
    }[]
  >(
    `select u.id as user_id, u.email, u.display_name, u.locale, u.time_zone, e.id as enrolment_id, e.due_at,
       e.mandatory
     from user_account u join enrolment e on e.user_id = u.id
     where u.email like ? order by u.email`,
    [`rem-${input.tag}-%`],
  );
  return rows.map((row) => ({
    userId: row.user_id,
    email: row.email,
    displayName: row.display_name,
    locale: row.locale,
    timeZone: row.time_zone,
    enrolmentId: row.enrolment_id,
    dueAt: new Date(row.due_at),
    mandatory: row.mandatory,
  }));
}
