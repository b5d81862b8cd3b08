import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { loadConfig } from './load-config';

describe('configuration', () => {
  it('has working local defaults', () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/parity');
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(config.SMTP_URL).toBeUndefined();
    expect(config.ARGON2_MEMORY_KIB).toBeGreaterThanOrEqual(19_456);
  });

  it('stops with one sentence naming each bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'nope' })).toThrow(
      /^Parity cannot start: invalid configuration \(DATABASE_URL .*; PORT .*\)\.$/,
    );
  });

  it('refuses the development session secret and missing signing or note keys in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET/);
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) })).toThrow(
      /CREDENTIAL_SIGNING_KEY/,
    );
    const key = JSON.stringify(generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' }));
    const production = {
      NODE_ENV: 'production',
      SESSION_SECRET: 'x'.repeat(40),
      CREDENTIAL_SIGNING_KEY: key,
    };
    expect(() => loadConfig(production)).toThrow(/NOTES_ENCRYPTION_KEYS/);
    const notes = JSON.stringify({ k1: randomBytes(32).toString('base64') });
    expect(
      loadConfig({ ...production, NOTES_ENCRYPTION_KEYS: notes, NOTES_ENCRYPTION_KEY_ID: 'k1' }).NODE_ENV,
    ).toBe('production');
  });

  it('refuses weaker password hashing than OWASP’s minimum', () => {
    expect(() => loadConfig({ ARGON2_MEMORY_KIB: '1024' })).toThrow(/ARGON2_MEMORY_KIB/);
  });
});
