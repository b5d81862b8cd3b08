import { isUuid } from '@parity/shared/database';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor, AuthorizationService } from '@parity/identity';
import { notFound } from '@parity/shared/errors';
import { Certificate } from './certificate.entity';

/**
 * A certificate for its holder ('certificate.own') or an admin of the issuing institution ('certificate.read'), for
 * the downloads (PDF, badge); anyone else is told it does not exist, exactly as for an unknown id.
 */
export async function readableCertificate(
  em: EntityManager,
  authz: AuthorizationService,
  actorOrNull: Actor | null,
  id: string,
): Promise<Certificate> {
  const actor = authz.requireActor(actorOrNull);
  if (!isUuid(id)) throw notFound('Certificate');
  const certificate = await em.findOne(Certificate, id, { populate: ['user', 'institution'] });
  if (!certificate) throw notFound('Certificate');
  const institutionId = certificate.institution.id;
  const allowed =
    authz.can(actor, 'certificate.own', { institutionId, ownerId: certificate.user.id }) ||
    authz.can(actor, 'certificate.read', { institutionId });
  if (!allowed) throw notFound('Certificate');
  return certificate;
}
