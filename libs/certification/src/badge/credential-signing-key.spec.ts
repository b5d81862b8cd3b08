import { generateKeyPairSync } from 'node:crypto';
import { CredentialSigningKey } from './credential-signing-key';

const DEV = {
  NODE_ENV: 'development' as const,
  SESSION_SECRET: 'x'.repeat(40),
  CREDENTIAL_SIGNING_KEY: undefined,
};

describe('CredentialSigningKey', () => {
  it('derives a stable development key from SESSION_SECRET, named by its RFC 7638 thumbprint', async () => {
    const first = await CredentialSigningKey.fromConfig(DEV);
    const again = await CredentialSigningKey.fromConfig(DEV);
    const other = await CredentialSigningKey.fromConfig({ ...DEV, SESSION_SECRET: 'y'.repeat(40) });
    expect(first.publicJwk).toEqual(again.publicJwk);
    expect(first.thumbprint).toBe(again.thumbprint);
    expect(first.thumbprint).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(other.thumbprint).not.toBe(first.thumbprint);
    expect(first.publicJwk).not.toHaveProperty('d');
  });

  it('uses the configured private JWK, and refuses a missing key in production or a key that is not Ed25519', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const jwk = JSON.stringify(privateKey.export({ format: 'jwk' }));
    const key = await CredentialSigningKey.fromConfig({ ...DEV, CREDENTIAL_SIGNING_KEY: jwk });
    expect(key.publicJwk.x).toBe(publicKey.export({ format: 'jwk' }).x);
    await expect(CredentialSigningKey.fromConfig({ ...DEV, NODE_ENV: 'production' })).rejects.toThrow(
      /CREDENTIAL_SIGNING_KEY/,
    );
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });
    await expect(
      CredentialSigningKey.fromConfig({ ...DEV, CREDENTIAL_SIGNING_KEY: JSON.stringify(ec) }),
    ).rejects.toThrow(/Ed25519/);
    await expect(
      CredentialSigningKey.fromConfig({ ...DEV, CREDENTIAL_SIGNING_KEY: '{nope' }),
    ).rejects.toThrow(/JSON/);
  });
});
