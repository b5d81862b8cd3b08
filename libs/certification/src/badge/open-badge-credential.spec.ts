import { createHash } from 'node:crypto';
import { CredentialUrls } from './credential-urls';
import { buildOpenBadgeCredential, type BadgeFacts } from './open-badge-credential';

const urls = new CredentialUrls('https://parity.example/');
const facts: BadgeFacts = {
  certificateId: '3f1c2a52-9d0e-4c43-9a51-6a3f0c1b2d4e',
  courseId: '8b7a6c5d-4e3f-4a1b-8c9d-0e1f2a3b4c5d',
  courseTitle: 'Родна равноправност у одбрани',
  locale: 'sr-Cyrl',
  institution: { id: 'c0ffee00-1111-4222-8333-444455556666', name: 'Ministry of Defence' },
  holderEmail: 'ana@example.org',
  salt: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
  issuedAt: new Date('2026-03-01T10:20:30.456Z'),
  expiresAt: null,
  statusIndex: 131_075,
};

describe('buildOpenBadgeCredential', () => {
  it('is an OpenBadgeCredential on VCDM 2.0 with the issuer Profile, whole-second validFrom and no validUntil', () => {
    const credential = buildOpenBadgeCredential(facts, urls);
    expect(credential['@context']).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ]);
    expect(credential.id).toBe(`https://parity.example/credentials/certificates/${facts.certificateId}`);
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.issuer).toEqual({
      id: `https://parity.example/credentials/issuers/${facts.institution.id}`,
      type: ['Profile'],
      name: 'Ministry of Defence',
    });
    expect(credential.validFrom).toBe('2026-03-01T10:20:30Z');
    expect('validUntil' in credential).toBe(false);
    expect(credential.name).toBe(facts.courseTitle);
  });

  it('names the holder only by a salted SHA-256 of their e-mail, with a per-certificate subject id', () => {
    const credential = buildOpenBadgeCredential(facts, urls);
    const expected = createHash('sha256').update(`ana@example.org${facts.salt}`).digest('hex');
    expect(credential.credentialSubject.identifier).toEqual([
      {
        type: 'IdentityObject',
        identityHash: `sha256$${expected}`,
        identityType: 'emailAddress',
        hashed: true,
        salt: facts.salt,
      },
    ]);
    expect(credential.credentialSubject.id).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(JSON.stringify(credential)).not.toContain('ana@example.org');
    const other = buildOpenBadgeCredential({ ...facts, certificateId: facts.courseId }, urls);
    expect(other.credentialSubject.id).not.toBe(credential.credentialSubject.id);
  });

  it('describes the course as an Achievement in the certificate language', () => {
    const { achievement } = buildOpenBadgeCredential(facts, urls).credentialSubject;
    expect(achievement).toMatchObject({
      id: `https://parity.example/credentials/achievements/${facts.courseId}`,
      type: ['Achievement'],
      name: facts.courseTitle,
      inLanguage: 'sr-Cyrl',
    });
    expect(achievement.description).toContain('Сертификат');
    expect(achievement.criteria.narrative).toContain(facts.courseTitle);
  });

  it('describes a certificate of participation by its title, as a Certificate of the programme', () => {
    const title = 'Сертификат о учешћу — Gender Coach Programme 2027';
    const { achievement } = buildOpenBadgeCredential(
      { ...facts, participation: true, courseId: 'coaching-programmes/p-1', courseTitle: title },
      urls,
    ).credentialSubject;
    expect(achievement).toMatchObject({
      id: 'https://parity.example/credentials/achievements/coaching-programmes/p-1',
      achievementType: 'Certificate',
      name: title,
    });
    expect(achievement.description).toContain(title);
    expect(achievement.criteria.narrative).toContain('коучинг');
  });

  it('points at its bit in the right status list, counting from the start of that list', () => {
    expect(buildOpenBadgeCredential(facts, urls).credentialStatus).toEqual({
      id: 'https://parity.example/credentials/status/2#3',
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '3',
      statusListCredential: 'https://parity.example/credentials/status/2',
    });
  });

  it('carries validUntil when the certificate expires, and is the same JSON for the same facts', () => {
    const expiring = { ...facts, expiresAt: new Date('2028-03-01T10:20:30.999Z') };
    expect(buildOpenBadgeCredential(expiring, urls).validUntil).toBe('2028-03-01T10:20:30Z');
    expect(JSON.stringify(buildOpenBadgeCredential(expiring, urls))).toBe(
      JSON.stringify(buildOpenBadgeCredential(expiring, urls)),
    );
  });
});
