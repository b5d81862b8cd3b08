import { createPrivateKey, createPublicKey, type JsonWebKey, type KeyObject } from 'node:crypto';
import { calculateJwkThumbprint } from 'jose';
import type { AppConfig } from '@parity/shared/config';
import { developmentSigningKey } from './development-signing-key';

/** The public half as published in the JWKS: an Ed25519 OKP key, never with `d`. */
export interface PublicEd25519Jwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
}

/**
 * The platform's credential signing key, parsed once per process. `thumbprint` (RFC 7638) names the key; verifiers
 * find it by `kid`, so a rotated key gets a new name and old credentials keep pointing at the old one.
 */
export class CredentialSigningKey {
  private constructor(
    readonly privateKey: KeyObject,
    readonly publicJwk: PublicEd25519Jwk,
    readonly thumbprint: string,
  ) {}

  static async fromConfig(
    config: Pick<AppConfig, 'NODE_ENV' | 'SESSION_SECRET' | 'CREDENTIAL_SIGNING_KEY'>,
  ): Promise<CredentialSigningKey> {
    let privateKey: KeyObject;
    if (config.CREDENTIAL_SIGNING_KEY) {
      privateKey = CredentialSigningKey.parse(config.CREDENTIAL_SIGNING_KEY);
    } else if (config.NODE_ENV === 'production') {
      throw new Error('CREDENTIAL_SIGNING_KEY must be set in production.');
    } else {
      privateKey = developmentSigningKey(config.SESSION_SECRET);
    }
    const exported = createPublicKey(privateKey).export({ format: 'jwk' });
    const publicJwk: PublicEd25519Jwk = { kty: 'OKP', crv: 'Ed25519', x: String(exported.x) };
    return new CredentialSigningKey(privateKey, publicJwk, await calculateJwkThumbprint(publicJwk, 'sha256'));
  }

  /**
   * A private Ed25519 JWK, as JSON or as base64url of that JSON (braces and quotes survive no shell or compose file
   * unescaped); anything else (another curve, a public key) is refused at boot, not at first use.
   */
  private static parse(value: string): KeyObject {
    const json = value.trim().startsWith('{')
      ? value
      : Buffer.from(value.trim(), 'base64url').toString('utf8');
    let jwk: JsonWebKey;
    try {
      jwk = JSON.parse(json) as JsonWebKey;
    } catch {
      throw new Error('CREDENTIAL_SIGNING_KEY is not valid JSON.');
    }
    if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.d !== 'string') {
      throw new Error('CREDENTIAL_SIGNING_KEY must be a private Ed25519 JWK (kty OKP, crv Ed25519, with d).');
    }
    return createPrivateKey({ key: jwk, format: 'jwk' });
  }
}
