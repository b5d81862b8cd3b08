import { randomUUID } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify, type JSONWebKeySet } from 'jose';
import { Role, type Institution, type User } from '@parity/identity';
import { Certificate, CertificateIssuer } from '@parity/certification';
import { given, givenPublishedCourse, TEST_PASSWORD } from '@parity/shared/testing';
import officialSchema from '../fixtures/open-badges/ob_v3p0_achievementcredential_schema.json';
import { TestApp, type ApiClient } from '../support/test-app';

const REVOKE = `mutation($id: ID!, $reason: String!) { revokeCertificate(id: $id, reason: $reason) { id status } }`;
const ORIGIN = 'http://parity.test';

interface Response {
  statusCode: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
}

interface BadgePayload {
  id: string;
  issuer: { id: string; name: string };
  validFrom: string;
  credentialSubject: { id: string; achievement: { name: string; inLanguage: string } };
  credentialStatus: { statusListCredential: string; statusListIndex: string; statusPurpose: string };
  iss: string;
  jti: string;
  sub: string;
  nbf: number;
}

describe('open badges: signed OB 3.0 credentials, verifiable with the published key, revocable by status list', () => {
  let t: TestApp;
  let issuer: CertificateIssuer;
  let home: Institution;
  let away: Institution;
  let trainer: User;
  let homeAdmin: ApiClient;
  let awayAdmin: ApiClient;
  const validate = new Ajv2019({ strict: false, allErrors: true });
  addFormats(validate);
  const validateCredential = validate.compile(officialSchema);

  beforeAll(async () => {
    t = await TestApp.start();
    issuer = t.app.get(CertificateIssuer, { strict: false });
    const g = given(t.em());
    home = await g.institution();
    away = await g.institution();
    trainer = await g.user({ institution: home, roles: [Role.TRAINER] });
    const admin = await g.user({ institution: home, roles: [Role.INSTITUTION_ADMIN] });
    const other = await g.user({ institution: away, roles: [Role.INSTITUTION_ADMIN] });
    homeAdmin = await t.client().signIn(admin.email, TEST_PASSWORD);
    awayAdmin = await t.client().signIn(other.email, TEST_PASSWORD);
  });

  afterAll(async () => {
    await t.close();
  });

  /** A learner of the home institution who completes a one-lesson course, and the certificate issued for it. */
  async function issued(): Promise<{ learner: User; client: ApiClient; certificate: Certificate }> {
    const fixture = await givenPublishedCourse(t.em(), {
      institution: home,
      author: trainer,
      title: { en: 'Gender in operations', 'sr-Latn': 'Rod u operacijama' },
    });
    const learner = await given(t.em()).user({
      institution: home,
      name: `Mila Jović ${randomUUID().slice(0, 6)}`,
    });
    const client = await t.client().signIn(learner.email, TEST_PASSWORD);
    const enrolled = await client.ok<{ enrol: { id: string } }>(
      `mutation($c: ID!) { enrol(courseId: $c) { id } }`,
      { c: fixture.course.id },
    );
    const enrolmentId = enrolled.enrol.id;
    await client.ok(
      `mutation($input: LessonProgressInput!) { recordLessonProgress(input: $input) { enrolment { status } } }`,
      {
        input: {
          enrolmentId,
          lessonId: fixture.lessons[0]!.id,
          visitId: randomUUID(),
          seconds: 30,
          completed: true,
        },
      },
    );
    await t.em().transactional((tx) => issuer.issueFor(tx, enrolmentId));
    const certificate = await t.em().findOneOrFail(Certificate, { enrolment: enrolmentId });
    return { learner, client, certificate };
  }

  async function get(url: string, client: ApiClient | null = null): Promise<Response> {
    const path = url.startsWith(ORIGIN) ? url.slice(ORIGIN.length) : url;
    return t.app.inject({
      method: 'GET',
      url: path,
      headers: client?.cookie ? { cookie: client.cookie } : {},
    }) as Promise<Response>;
  }

  /** The verifier's key set, from the published JWKS only (jose, not Parity's code, checks the signatures). */
  async function publishedKeys(): Promise<ReturnType<typeof createLocalJWKSet>> {
    const response = await get('/.well-known/jwks.json');
    expect(response.statusCode).toBe(200);
    expect(String(response.headers['cache-control'])).toContain('public');
    const jwks = JSON.parse(response.body) as JSONWebKeySet;
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
    return createLocalJWKSet(jwks);
  }

  it('the holder downloads a badge that verifies with the published key and validates against the OB 3.0 schema', async () => {
    const { learner, client, certificate } = await issued();
    const download = await get(`/certificates/${certificate.id}/badge.jwt`, client);
    expect(download.statusCode).toBe(200);
    expect(download.headers['cache-control']).toBe('private, no-store');
    expect(String(download.headers['content-disposition'])).toContain(
      `attachment; filename="parity-badge-${certificate.serialNumber}.jwt"`,
    );
    const jwt = download.body;

    const { payload, protectedHeader } = await jwtVerify<BadgePayload>(jwt, await publishedKeys(), {
      algorithms: ['EdDSA'],
      issuer: `${ORIGIN}/credentials/issuers/${home.id}`,
    });
    expect(protectedHeader).toEqual({ alg: 'EdDSA', kid: expect.any(String), typ: 'JWT' });
    const valid = validateCredential(payload);
    expect(validateCredential.errors ?? []).toEqual([]);
    expect(valid).toBe(true);

    expect(payload.id).toBe(`${ORIGIN}/credentials/certificates/${certificate.id}`);
    expect(payload.jti).toBe(payload.id);
    expect(payload.sub).toBe(payload.credentialSubject.id);
    expect(payload.nbf * 1000).toBe(Date.parse(payload.validFrom));
    expect(payload.issuer).toMatchObject({ id: payload.iss, name: home.name });
    expect(payload.credentialSubject.achievement.inLanguage).toBe(certificate.locale);
    expect(JSON.stringify(payload)).not.toContain(learner.email);
    expect(JSON.stringify(payload)).not.toContain(learner.displayName);

    // The kid dereferences to the bare public JWK (Open Badges 3.0), and the issuer resolves to a Profile.
    const key = await get(protectedHeader.kid!);
    expect(key.statusCode).toBe(200);
    expect(JSON.parse(key.body)).toMatchObject({ kty: 'OKP', crv: 'Ed25519', kid: protectedHeader.kid });
    const profile = await get(payload.issuer.id);
    expect(profile.statusCode).toBe(200);
    expect(JSON.parse(profile.body)).toMatchObject({
      id: payload.issuer.id,
      type: ['Profile'],
      name: home.name,
    });

    // badge.json: the same signed bytes (Ed25519 is deterministic) in the VCDM 2.0 envelope.
    const json = await get(`/certificates/${certificate.id}/badge.json`, client);
    expect(json.statusCode).toBe(200);
    expect(String(json.headers['content-disposition'])).toContain(
      `parity-badge-${certificate.serialNumber}.json`,
    );
    expect(JSON.parse(json.body)).toEqual({
      '@context': 'https://www.w3.org/ns/credentials/v2',
      id: `data:application/vc+jwt,${jwt}`,
      type: 'EnvelopedVerifiableCredential',
    });
  });

  it('answers NOT_FOUND to another learner, to another institution’s admin and for unknown ids; the issuing admin gets it', async () => {
    const { certificate } = await issued();
    const stranger = await issued();
    for (const client of [stranger.client, awayAdmin]) {
      const denied = await get(`/certificates/${certificate.id}/badge.jwt`, client);
      expect(denied.statusCode).toBe(404);
      expect(JSON.parse(denied.body)).toMatchObject({ code: 'NOT_FOUND' });
    }
    for (const id of [randomUUID(), 'not-a-uuid']) {
      const unknown = await get(`/certificates/${id}/badge.json`, homeAdmin);
      expect(unknown.statusCode).toBe(404);
      expect(JSON.parse(unknown.body)).toMatchObject({ code: 'NOT_FOUND' });
    }
    expect((await get(`/certificates/${certificate.id}/badge.json`)).statusCode).toBe(401);
    expect((await get(`/certificates/${certificate.id}/badge.json`, homeAdmin)).statusCode).toBe(200);
    expect((await get(`/credentials/issuers/${randomUUID()}`)).statusCode).toBe(404);
    expect((await get(`/credentials/issuers/${away.id}`)).statusCode).toBe(200);
  });

  it('after revocation the signed status list has the certificate’s bit set, and not another’s', async () => {
    const revoked = await issued();
    const kept = await issued();
    await homeAdmin.ok(REVOKE, { id: revoked.certificate.id, reason: 'Issued in error' });
    const keys = await publishedKeys();

    const statusOf = async (holder: { client: ApiClient; certificate: Certificate }) => {
      const badge = await get(`/certificates/${holder.certificate.id}/badge.jwt`, holder.client);
      const { payload } = await jwtVerify<BadgePayload>(badge.body, keys, { algorithms: ['EdDSA'] });
      expect(payload.credentialStatus.statusPurpose).toBe('revocation');
      return payload.credentialStatus;
    };
    const bitOf = async (status: BadgePayload['credentialStatus']): Promise<number> => {
      const response = await get(status.statusListCredential);
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('public, max-age=60');
      expect(decodeProtectedHeader(response.body).alg).toBe('EdDSA');
      const { payload } = await jwtVerify<{
        type: string[];
        credentialSubject: { statusPurpose: string; encodedList: string };
      }>(response.body, keys, { algorithms: ['EdDSA'], issuer: ORIGIN });
      expect(payload.type).toEqual(['VerifiableCredential', 'BitstringStatusListCredential']);
      expect(payload.credentialSubject.statusPurpose).toBe('revocation');
      const { encodedList } = payload.credentialSubject;
      expect(encodedList.startsWith('u')).toBe(true);
      const bits = gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'));
      expect(bits.length).toBeGreaterThanOrEqual(16 * 1024);
      const index = Number(status.statusListIndex);
      return (bits[index >> 3]! >> (7 - (index % 8))) & 1;
    };

    expect(await bitOf(await statusOf(revoked))).toBe(1);
    expect(await bitOf(await statusOf(kept))).toBe(0);
    expect((await get('/credentials/status/0')).statusCode).toBe(404);
    expect((await get('/credentials/status/x')).statusCode).toBe(404);
  });
});
