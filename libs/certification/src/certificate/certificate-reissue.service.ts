import { isUuid } from '@parity/shared/database';
import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuditService, AuthorizationService, type Actor } from '@parity/identity';
import { EmailOutbox } from '@parity/shared/mail';
import { notFound } from '@parity/shared/errors';
import {
  certificateAlreadyReissued,
  certificateNotReissuable,
  certificateNotRevoked,
} from '../certification.errors';
import { CertificateIssuer } from '../issuing/certificate-issuer.service';
import { readIssueFacts } from '../issuing/issue-facts';
import { Certificate } from './certificate.entity';

/**
 * An admin of the issuing institution replaces a revoked certificate (a misspelt name, a wrong template): a new
 * certificate with a new serial number and code, today's date, the holder's current name and the current template;
 * the revoked one stays revoked, in history. Once per revoked certificate (unique `reissue_of_id`); audited.
 */
@Injectable()
export class CertificateReissue {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
    private readonly audit: AuditService,
    private readonly issuer: CertificateIssuer,
    private readonly outbox: EmailOutbox,
  ) {}

  async reissue(actorOrNull: Actor | null, id: string): Promise<Certificate> {
    const caller = this.authz.requireActor(actorOrNull);
    if (!isUuid(id)) throw notFound('Certificate');
    const result = await this.em.transactional(async (tx) => {
      const revoked = await tx.findOne(Certificate, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!revoked) throw notFound('Certificate');
      const actor = this.authz.assert(caller, 'certificate.reissue', {
        institutionId: revoked.institution.id,
      });
      if (!revoked.revokedAt) throw certificateNotRevoked();
      if ((await tx.count(Certificate, { reissueOf: revoked.id })) > 0) throw certificateAlreadyReissued();
      const facts = await readIssueFacts(tx, revoked.enrolment.id);
      if (!facts?.completed) throw certificateNotReissuable();
      const issued = await this.issuer.issue(tx, facts, revoked.id);
      if (!issued.certificateId || issued.outcome !== 'issued') throw certificateAlreadyReissued();
      this.audit.record(tx, {
        actorId: actor.userId,
        action: 'certificate.reissued',
        subjectType: 'Certificate',
        subjectId: issued.certificateId,
        institutionId: revoked.institution.id,
        details: { reissueOf: revoked.id, revokedSerialNumber: revoked.serialNumber, holderId: facts.userId },
      });
      return issued;
    });
    if (result.email) await this.outbox.dispatch([result.email]);
    return this.em.findOneOrFail(Certificate, result.certificateId as string);
  }
}
