import type { EntityManager } from '@mikro-orm/postgresql';
import type { TranslatedText } from '@parity/curriculum';
import type { TemplateSignatory } from '../template/certificate-template.entity';

/** Everything a certificate is made of, read in one query when a completion is issued. */
export interface IssueFacts {
  enrolmentId: string;
  completed: boolean;
  /** The original certificate of this completion, when one exists already. */
  existingCertificateId: string | null;
  userId: string;
  email: string;
  holderName: string;
  locale: string;
  timeZone: string;
  courseId: string;
  versionId: string;
  courseTitle: TranslatedText;
  institutionId: string;
  institutionName: string;
  validityMonths: number | null;
  primaryColor: string | null;
  accentColor: string | null;
  logoKey: string | null;
  signatories: TemplateSignatory[] | null;
}

/**
 * The course's template when it names one, else the institution's default; no template at all gives the built-in
 * look. `for share` on the enrolment keeps it completed while the certificate is written.
 */
export async function readIssueFacts(em: EntityManager, enrolmentId: string): Promise<IssueFacts | null> {
  const rows = await em.execute<IssueFacts[]>(
    `select e.id as "enrolmentId", e.status = 'completed' as completed,
       (select c2.id from certificate c2 where c2.enrolment_id = e.id and c2.reissue_of_id is null) as "existingCertificateId",
       u.id as "userId", u.email, u.display_name as "holderName", u.locale, u.time_zone as "timeZone",
       e.course_id as "courseId", e.version_id as "versionId", v.title as "courseTitle",
       i.id as "institutionId", i.name as "institutionName",
       cc.validity_months as "validityMonths",
       t.primary_color as "primaryColor", t.accent_color as "accentColor", t.logo_key as "logoKey",
       t.signatories
     from enrolment e
     join user_account u on u.id = e.user_id
     join course c on c.id = e.course_id
     join course_version v on v.id = e.version_id
     join institution i on i.id = c.owner_institution_id
     left join course_certification cc on cc.course_id = c.id
     left join lateral (
       select * from certificate_template t
       where t.id = cc.template_id or (cc.template_id is null and t.institution_id = i.id and t.is_default)
       limit 1) t on true
     where e.id = ?
     for share of e`,
    [enrolmentId],
  );
  return rows[0] ?? null;
}
