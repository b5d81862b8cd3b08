import { createHmac } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuthorizationService, type Actor } from '@parity/identity';
import { localize } from '@parity/learning';
import { CertificateKind } from '../certificate/certificate-kind.enum';
import { readableCertificate } from '../certificate/readable-certificate';
import { badgeLocale } from './badge-copy';
import { CredentialSigner } from './credential-signer.service';
import { buildOpenBadgeCredential } from './open-badge-credential';
import type { OpenBadgeCredential } from './open-badge.types';

export interface SignedBadge {
  serialNumber: string;
  credential: OpenBadgeCredential;
  /** The compact JWS (Open Badges 3.0 VC-JWT) of `credential`. */
  jwt: string;
}

/**
 * A certificate's Open Badge, signed on demand (deterministic, so nothing is stored). Only its holder or an admin
 * of the issuing institution gets it; anyone else is told it does not exist, as for an unknown id.
 */
@Injectable()
export class OpenBadgeService {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
    private readonly signer: CredentialSigner,
  ) {}

  async badgeFor(actorOrNull: Actor | null, certificateId: string): Promise<SignedBadge> {
    const certificate = await readableCertificate(this.em, this.authz, actorOrNull, certificateId);
    const locale = badgeLocale(certificate.locale);
    const credential = buildOpenBadgeCredential(
      {
        certificateId: certificate.id,
        participation: certificate.kind === CertificateKind.PARTICIPATION,
        courseId:
          certificate.course?.id ?? `coaching-programmes/${certificate.programmeId ?? certificate.id}`,
        courseTitle: localize(certificate.courseTitle, locale).text,
        locale,
        institution: { id: certificate.institution.id, name: certificate.institution.name },
        holderEmail: certificate.user.email,
        salt: createHmac('sha256', certificate.verificationCode)
          .update(`parity-badge-salt:${certificate.id}`)
          .digest('hex')
          .slice(0, 32),
        issuedAt: certificate.issuedAt,
        expiresAt: certificate.expiresAt,
        statusIndex: certificate.statusIndex,
      },
      this.signer.urls,
    );
    const jwt = await this.signer.sign(credential, {
      iss: credential.issuer.id,
      jti: credential.id,
      sub: credential.credentialSubject.id,
      nbf: certificate.issuedAt,
      exp: certificate.expiresAt,
    });
    return { serialNumber: certificate.serialNumber, credential, jwt };
  }
}
