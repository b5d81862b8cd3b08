import type { EntityManager } from '@mikro-orm/postgresql';

/** What a certificate of participation is made of: one coaching engagement, its coachee and its programme. */
export interface EngagementFacts {
  engagementId: string;
  /** Only a completed engagement (both people confirmed it) is certified. */
  completed: boolean;
  coacheeId: string;
  email: string;
  holderName: string;
  locale: string;
  timeZone: string;
  programmeId: string;
  programmeName: string;
  /** The issuing institution: the programme's. */
  institutionId: string;
  institutionName: string;
}

/**
 * Reads an engagement with plain SQL (certification does not depend on the coaching library), `for share`, so it
 * stays completed while its certificate is written. Null for an unknown engagement.
 */
export async function readEngagementFacts(
  em: EntityManager,
  engagementId: string,
): Promise<EngagementFacts | null> {
  const rows = await em.execute<EngagementFacts[]>(
    `select ce.id as "engagementId", ce.state = 'completed' as completed, u.id as "coacheeId", u.email,
       u.display_name as "holderName", u.locale, u.time_zone as "timeZone",
       p.id as "programmeId", p.name as "programmeName", i.id as "institutionId", i.name as "institutionName"
     from coaching_engagement ce
     join coaching_programme p on p.id = ce.programme_id
     join user_account u on u.id = ce.coachee_id
     join institution i on i.id = p.institution_id
     where ce.id = ?
     for share of ce`,
    [engagementId],
  );
  return rows[0] ?? null;
}
