import { isUuid } from '@parity/shared/database';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Institution } from '@parity/identity';
import { notFound } from '@parity/shared/errors';
import { CredentialSigner } from './credential-signer.service';
import { OB_CONTEXT, VC_CONTEXT_V2 } from './open-badge.types';

/**
 * The issuer Profile a badge's `issuer.id` resolves to: the institution's name and the key that signs for it
 * (`verificationMethod`, a JsonWebKey whose id is the JWT `kid`), so a verifier can go from badge to key.
 */
@Injectable()
export class IssuerProfileService {
  constructor(
    private readonly em: EntityManager,
    private readonly signer: CredentialSigner,
  ) {}

  async profile(institutionId: string): Promise<Record<string, unknown>> {
    if (!isUuid(institutionId)) throw notFound('Institution');
    const institution = await this.em.findOne(Institution, institutionId);
    if (!institution) throw notFound('Institution');
    const id = this.signer.urls.issuer(institution.id);
    return {
      '@context': [VC_CONTEXT_V2, OB_CONTEXT],
      id,
      type: ['Profile'],
      name: institution.name,
      url: this.signer.urls.origin,
      verificationMethod: [
        {
          id: this.signer.kid,
          type: 'JsonWebKey',
          controller: id,
          publicKeyJwk: this.signer.publicJwk(),
        },
      ],
    };
  }
}
