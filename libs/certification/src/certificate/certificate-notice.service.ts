import { isUuid } from '@parity/shared/database';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuthorizationService, type Actor } from '@parity/identity';
import { notFound } from '@parity/shared/errors';
import { Certificate } from './certificate.entity';

/** The in-app notice of a new certificate: shown until its holder dismisses it. */
@Injectable()
export class CertificateNotice {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
  ) {}

  /** Marks the notice seen (idempotent); another person's certificate is NOT_FOUND, as if it did not exist. */
  async dismiss(actorOrNull: Actor | null, id: string): Promise<Certificate> {
    const actor = this.authz.requireActor(actorOrNull);
    if (!isUuid(id)) throw notFound('Certificate');
    const certificate = await this.em.findOne(Certificate, { id, user: actor.userId });
    if (!certificate) throw notFound('Certificate');
    this.authz.assert(actor, 'certificate.own', {
      institutionId: actor.institutionId,
      ownerId: actor.userId,
    });
    if (!certificate.noticeSeenAt) {
      await this.em.nativeUpdate(Certificate, { id, noticeSeenAt: null }, { noticeSeenAt: new Date() });
      await this.em.refresh(certificate);
    }
    return certificate;
  }
}
