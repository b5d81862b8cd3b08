import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';

/** Renewal enrolments opened per run; the next run continues. */
export const CERTIFICATE_RENEWAL_BATCH = 1000;

/**
 * Recertification: for a course with a validity, each current certificate (not revoked, not replaced) that expires
 * within the course's lead time opens a new enrolment cycle for its holder: the course's published version, due on
 * the expiry date, mandatory if the completed one was. One statement per batch; the unique `renews_enrolment_id`
 * makes a repeated or parallel run open nothing more. The old enrolment and certificate stay, as history. Nobody
 * is renewed who is disabled, or already holds an active enrolment in the course, or whose course was archived.
 * Certificates of participation never expire and have no enrolment: they are never renewed.
 */
@Injectable()
export class CertificateRenewal {
  constructor(private readonly em: EntityManager) {}

  async run(options: { batch?: number; now?: Date } = {}): Promise<{ opened: number }> {
    const rows = await this.em.execute<{ id: string }[]>(
      `insert into enrolment (id, created_at, user_id, course_id, version_id, status, source, mandatory, due_at,
         cycle, renews_enrolment_id)
       select gen_random_uuid(), now(), e.user_id, e.course_id, c.published_version_id, 'active', 'renewal',
         e.mandatory, cert.expires_at, e.cycle + 1, e.id
       from certificate cert
       join enrolment e on e.id = cert.enrolment_id
       join course c on c.id = e.course_id
       join course_certification cc on cc.course_id = c.id
       join user_account u on u.id = e.user_id
       where cert.kind = 'course' and cert.revoked_at is null and cert.expires_at is not null
         and cert.expires_at <= ?::timestamptz + make_interval(days => cc.renewal_lead_days)
         and cc.validity_months is not null
         and c.published_version_id is not null and c.archived_at is null
         and u.status <> 'disabled'
         and e.status = 'completed'
         and not exists (select 1 from enrolment r where r.renews_enrolment_id = e.id)
         and not exists (select 1 from enrolment a
                         where a.user_id = e.user_id and a.course_id = e.course_id and a.status = 'active')
       order by cert.expires_at, cert.id
       limit ?
       on conflict do nothing
       returning id`,
      [options.now ?? new Date(), options.batch ?? CERTIFICATE_RENEWAL_BATCH],
    );
    return { opened: rows.length };
  }
}
