import { createPrivateKey, hkdfSync, type KeyObject } from 'node:crypto';

/** PKCS#8 DER prefix of an Ed25519 private key (RFC 8410): the 32-byte seed follows it. */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const HKDF_INFO = 'parity-credential-signing-key';

/**
 * The development signing key: derived from SESSION_SECRET (HKDF-SHA256), so a developer's badges keep verifying
 * across restarts without configuring a key. Never used in production (the config refuses to start without one).
 */
export function developmentSigningKey(sessionSecret: string): KeyObject {
  const seed = Buffer.from(hkdfSync('sha256', sessionSecret, Buffer.alloc(0), HKDF_INFO, 32));
  return createPrivateKey({
    key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]),
    format: 'der',
    type: 'pkcs8',
  });
}
