import { isUuid } from '@parity/shared/database';
import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuditService, AuthorizationService, type Actor } from '@parity/identity';
import { badInput, notFound } from '@parity/shared/errors';
import { certificateAlreadyRevoked } from '../certification.errors';
import { Certificate } from './certificate.entity';

export const REVOCATION_REASON_MIN = 3;
export const REVOCATION_REASON_MAX = 500;

/** Admins of the issuing institution revoke a certificate with a reason; audited, once. */
@Injectable()
export class CertificateRevocation {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
    private readonly audit: AuditService,
  ) {}

  async revoke(actorOrNull: Actor | null, id: string, rawReason: string): Promise<Certificate> {
    const caller = this.authz.requireActor(actorOrNull);
    if (!isUuid(id)) throw notFound('Certificate');
    const reason = rawReason.trim();
    return this.em.transactional(async (tx) => {
      const certificate = await tx.findOne(Certificate, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!certificate) throw notFound('Certificate');
      const actor = this.authz.assert(caller, 'certificate.revoke', {
        institutionId: certificate.institution.id,
      });
      if (reason.length < REVOCATION_REASON_MIN || reason.length > REVOCATION_REASON_MAX)
        throw badInput(
          [{ field: 'reason', code: 'OUT_OF_RANGE' }],
          `The reason must be ${REVOCATION_REASON_MIN} to ${REVOCATION_REASON_MAX} characters long.`,
        );
      if (certificate.revokedAt) throw certificateAlreadyRevoked();
      certificate.revoke(actor.userId, reason);
      this.audit.record(tx, {
        actorId: actor.userId,
        action: 'certificate.revoked',
        subjectType: 'Certificate',
        subjectId: certificate.id,
        institutionId: certificate.institution.id,
        details: {
          serialNumber: certificate.serialNumber,
          holderId: certificate.user.id,
          enrolmentId: certificate.enrolment?.id ?? null,
          sourceKey: certificate.sourceKey,
          reason,
        },
      });
      return certificate;
    });
  }
}
