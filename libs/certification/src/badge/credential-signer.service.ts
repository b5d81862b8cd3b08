import { Inject, Injectable } from '@nestjs/common';
import { SignJWT } from 'jose';
import { APP_CONFIG, type AppConfig } from '@parity/shared/config';
import { CredentialSigningKey } from './credential-signing-key';
import { CredentialUrls } from './credential-urls';
import { numericDate } from './credential-time';

/** The registered claims Open Badges 3.0 asks next to the credential in a VC-JWT payload. */
export interface JwtClaims {
  iss: string;
  jti: string;
  sub: string;
  nbf: Date;
  exp?: Date | null;
}

/**
 * Signs credentials as Open Badges 3.0 "JSON Web Token Proof": a compact JWS whose payload is the credential itself
 * (VCDM 2.0, no `vc` wrapper) plus iss/jti/sub/nbf(/exp). The header holds only alg, kid and typ "JWT": OB 3.0 forbids
 * other JOSE headers, and its `kid` must dereference to the public JWK. Signing with jose, never by hand.
 */
@Injectable()
export class CredentialSigner {
  readonly urls: CredentialUrls;

  constructor(
    readonly key: CredentialSigningKey,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.urls = new CredentialUrls(config.PUBLIC_URL);
  }

  get kid(): string {
    return this.urls.key(this.key.thumbprint);
  }

  /** The published form of the key: the JWK with its `kid`, alg and use; never `d`. */
  publicJwk(): Record<string, string> {
    return { ...this.key.publicJwk, kid: this.kid, alg: 'EdDSA', use: 'sig' };
  }

  async sign(credential: object, claims: JwtClaims): Promise<string> {
    const payload: Record<string, unknown> = {
      ...credential,
      iss: claims.iss,
      jti: claims.jti,
      sub: claims.sub,
      nbf: numericDate(claims.nbf),
      ...(claims.exp ? { exp: numericDate(claims.exp) } : {}),
    };
    return new SignJWT(payload)
      .setProtectedHeader({ alg: 'EdDSA', kid: this.kid, typ: 'JWT' })
      .sign(this.key.privateKey);
  }
}
