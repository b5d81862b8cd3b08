import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EnrolmentStatus } from '@parity/learning';
import { newVerificationCode } from './verification-code';

export type IssueOutcome = 'issued' | 'already-issued' | 'not-completed';

/**
 * Issues the certificate of a completed enrolment, once: one insert … select with `on conflict (enrolment_id) do
 * nothing`, so parallel or repeated calls (a redelivered event, the sweep racing the subscriber) leave one row.
 * The serial number comes from a sequence (a conflicting insert may skip a number; serials are unique, not dense).
 * Runs on the caller's EntityManager, inside its transaction when there is one.
 */
@Injectable()
export class CertificateIssuer {
  async issueFor(em: EntityManager, enrolmentId: string): Promise<IssueOutcome> {
    const inserted = await em.execute<{ id: string }[]>(
      `insert into certificate (id, created_at, enrolment_id, user_id, course_id, version_id, institution_id,
         serial_number, verification_code, holder_name, course_title, issued_at)
       select gen_random_uuid(), now(), e.id, e.user_id, e.course_id, e.version_id, c.owner_institution_id,
         'PAR-' || to_char(now() at time zone 'UTC', 'YYYY') || '-' || lpad(nextval('certificate_serial_seq')::text, 6, '0'),
         ?, u.display_name, v.title, now()
       from enrolment e
       join user_account u on u.id = e.user_id
       join course c on c.id = e.course_id
       join course_version v on v.id = e.version_id
       where e.id = ? and e.status = ?
       on conflict (enrolment_id) do nothing
       returning id`,
      [newVerificationCode(), enrolmentId, EnrolmentStatus.COMPLETED],
    );
    if (inserted.length > 0) return 'issued';
    const existing = await em.execute<{ id: string }[]>(`select id from certificate where enrolment_id = ?`, [
      enrolmentId,
    ]);
    return existing.length > 0 ? 'already-issued' : 'not-completed';
  }
}
