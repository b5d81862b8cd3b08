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
import { CertificateIssuer, type IssueResult } from '../issuing/certificate-issuer.service';
import { readEngagementFacts } from '../issuing/engagement-facts';
import { readIssueFacts } from '../issuing/issue-facts';
import { ParticipationIssuer } from '../issuing/participation-issuer.service';
import { engagementOfSourceKey } from '../issuing/participation-title';
import { CertificateKind } from './certificate-kind.enum';
import { Certificate } from './certificate.entity';

/**
 * An admin of the issuing institution replaces a revoked certificate (a misspelt name, a wrong template): a new
 * certificate with a new serial number and code, today's date, the holder's current name and the current template;
 * the revoked one stays revoked, in history. Once per revoked certificate (unique `reissue_of_id`); audited. A course
 * certificate is reissued while its enrolment is completed, a certificate of participation while its coaching
 * engagement is.
 */
@Injectable()
export class CertificateReissue {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
    private readonly audit: AuditService,
    private readonly issuer: CertificateIssuer,
    private readonly participation: ParticipationIssuer,
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
      const issued = await this.issueAgain(tx, revoked);
      if (!issued.certificateId || issued.outcome !== 'issued') throw certificateAlreadyReissued();
      this.audit.record(tx, {
        actorId: actor.userId,
        action: 'certificate.reissued',
        subjectType: 'Certificate',
        subjectId: issued.certificateId,
        institutionId: revoked.institution.id,
        details: {
          reissueOf: revoked.id,
          revokedSerialNumber: revoked.serialNumber,
          holderId: revoked.user.id,
        },
      });
      return issued;
    });
    if (result.email) await this.outbox.dispatch([result.email]);
    return this.em.findOneOrFail(Certificate, result.certificateId as string);
  }

  /** A new certificate of what the revoked one certified, if that is still completed. */
  private async issueAgain(tx: EntityManager, revoked: Certificate): Promise<IssueResult> {
    if (revoked.kind === CertificateKind.PARTICIPATION) {
      const engagementId = engagementOfSourceKey(revoked.sourceKey);
      const facts = engagementId ? await readEngagementFacts(tx, engagementId) : null;
      if (!facts?.completed || facts.coacheeId !== revoked.user.id) throw certificateNotReissuable();
      return this.participation.issue(tx, facts, revoked.id);
    }
    const facts = revoked.enrolment ? await readIssueFacts(tx, revoked.enrolment.id) : null;
    if (!facts?.completed) throw certificateNotReissuable();
    return this.issuer.issue(tx, facts, revoked.id);
  }
}
