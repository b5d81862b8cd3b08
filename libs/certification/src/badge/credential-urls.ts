/**
 * Every public address of the credential endpoints, in one place: credentials carry these URLs for ever, so the
 * routes in apps/api and the values signed here must never drift apart.
 */
export class CredentialUrls {
  readonly origin: string;

  constructor(publicUrl: string) {
    this.origin = publicUrl.replace(/\/+$/, '');
  }

  jwks(): string {
    return `${this.origin}/.well-known/jwks.json`;
  }

  /** The `kid` of the signing key: dereferences to the bare public JWK, as Open Badges 3.0 asks of a `kid`. */
  key(thumbprint: string): string {
    return `${this.origin}/credentials/keys/${thumbprint}`;
  }

  issuer(institutionId: string): string {
    return `${this.origin}/credentials/issuers/${institutionId}`;
  }

  credential(certificateId: string): string {
    return `${this.origin}/credentials/certificates/${certificateId}`;
  }

  /** `key`: a course's id, or `coaching-programmes/<id>` for certificates of participation. */
  achievement(key: string): string {
    return `${this.origin}/credentials/achievements/${key}`;
  }

  statusList(list: number): string {
    return `${this.origin}/credentials/status/${list}`;
  }
}
