import { randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { MikroORM, RequestContext } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import { decodeJwt } from 'jose';
import pdfParse from 'pdf-parse/lib/pdf-parse.js';
import { Role, type Institution, type User } from '@parity/identity';
import {
  Certificate,
  CertificateKind,
  CertificateSweep,
  ParticipationIssuer,
  readEngagementFacts,
} from '@parity/certification';
import { EmailMessage } from '@parity/shared/mail';
import { EventOutbox, EventTopic } from '@parity/shared/queue';
import { given, givenCoaching, TEST_PASSWORD } from '@parity/shared/testing';
import officialSchema from '../fixtures/open-badges/ob_v3p0_achievementcredential_schema.json';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { DeliverEventHandler } from '../../apps/worker/src/events/deliver-event.handler';
import { TestApp, type ApiClient } from '../support/test-app';

const VERIFY = `query($code: String!) { verifyCertificate(code: $code) {
  kind holderName courseTitle { text } institutionName expiresAt status
} }`;
const MINE = `{ myCertificates { id kind courseId courseTitle { text } status expiresAt pdfUrl badgeUrl } }`;
const SEARCH = `query($i: ID!, $s: String) { certificates(institutionId: $i, search: $s) {
  totalCount nodes { id kind courseTitle { text } }
} }`;
const REVOKE = `mutation($id: ID!) { revokeCertificate(id: $id, reason: "Misspelt name") { id status } }`;
const REISSUE = `mutation($id: ID!) { reissueCertificate(id: $id) { id kind reissueOfId courseTitle { text } status } }`;

const LOCALES = ['en', 'bs', 'hr', 'sr-Latn', 'sr-Cyrl', 'cnr', 'mk', 'sq'];

describe('certificates of participation: a completed coaching engagement gives its coachee one certificate', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let home: Institution;
  let coach: User;
  let homeAdmin: ApiClient;
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  addFormats(ajv);
  const validateCredential = ajv.compile(officialSchema);

  beforeAll(async () => {
    t = await TestApp.start();
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    const g = given(t.em());
    home = await g.institution();
    coach = await g.user({ institution: home, roles: [Role.COACH] });
    const admin = await g.user({ institution: home, roles: [Role.INSTITUTION_ADMIN] });
    homeAdmin = await t.client().signIn(admin.email, TEST_PASSWORD);
  });

  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  /** A coachee of the home institution with an engagement in `state`, and the programme's name. */
  async function engagement(state: 'active' | 'completed' = 'completed') {
    const coachee = await given(t.em()).user({
      institution: home,
      name: `Jelena Vuković ${randomUUID().slice(0, 6)}`,
    });
    const fixture = await givenCoaching(t.em(), {
      institution: home,
      coachId: coach.id,
      coacheeId: coachee.id,
      state,
    });
    const [programme] = await t
      .em()
      .execute<{ name: string }[]>(`select name from coaching_programme where id = ?`, [fixture.programmeId]);
    return { coachee, ...fixture, programmeName: programme!.name };
  }

  /** Writes the engagement's `coaching.engagement-completed` event (as the coaching service does) under `key`. */
  async function writeEvent(
    engagementId: string,
    coacheeId: string,
    key = `engagement-completed:${engagementId}`,
  ) {
    return t
      .em()
      .transactional((tx) =>
        t.get(EventOutbox).write(tx, EventTopic.engagementCompleted, key, { engagementId, coacheeId }),
      );
  }

  /** Delivers an outbox event through the worker's handler, as a BullMQ job would. */
  function deliver(outboxEventId: string): Promise<string> {
    const orm = worker.get(MikroORM);
    return RequestContext.create(orm.em, () =>
      worker.get(DeliverEventHandler).handle({ data: { outboxEventId } } as never),
    );
  }

  const certificatesOf = (engagementId: string) =>
    t
      .em()
      .find(
        Certificate,
        { sourceKey: `coaching-engagement:${engagementId}` },
        { orderBy: { issuedAt: 'asc' } },
      );

  it('issues exactly one certificate when the event is written twice and delivered twice, at once and again', async () => {
    const { coachee, engagementId, programmeName } = await engagement();
    const eventId = await writeEvent(engagementId, coachee.id);
    expect(await writeEvent(engagementId, coachee.id)).toBeNull();
    const outcomes = await Promise.all([deliver(eventId!), deliver(eventId!)]);
    expect(outcomes.sort()).toEqual(['already-delivered', 'delivered']);
    expect(await deliver(eventId!)).toBe('already-delivered');
    // The same fact recorded under two other keys (a replayed cause), delivered at the same moment: still one.
    const again = await Promise.all([
      writeEvent(engagementId, coachee.id, `engagement-completed:${engagementId}:replay-1`),
      writeEvent(engagementId, coachee.id, `engagement-completed:${engagementId}:replay-2`),
    ]);
    expect(await Promise.all(again.map((id) => deliver(id!)))).toEqual(['delivered', 'delivered']);

    const certificates = await certificatesOf(engagementId);
    expect(certificates).toHaveLength(1);
    const certificate = certificates[0]!;
    expect(certificate.kind).toBe(CertificateKind.PARTICIPATION);
    expect(certificate.user.id).toBe(coachee.id);
    expect(certificate.institution.id).toBe(home.id);
    expect(certificate.enrolment).toBeNull();
    expect(certificate.course).toBeNull();
    expect(certificate.expiresAt).toBeNull();
    expect(certificate.holderName).toBe(coachee.displayName);
    expect(certificate.serialNumber).toMatch(/^PAR-\d{4}-\d{6}$/);
    expect(Object.keys(certificate.courseTitle).sort()).toEqual([...LOCALES].sort());
    expect(certificate.courseTitle.en).toBe(`Certificate of participation — ${programmeName}`);
    expect(certificate.courseTitle['sr-Cyrl']).toBe(`Сертификат о учешћу — ${programmeName}`);
    const emails = await t.em().find(EmailMessage, { toAddress: coachee.email, kind: 'certificate-issued' });
    expect(emails).toHaveLength(1);
    expect(emails[0]!.textBody).toContain(`coaching programme “${programmeName}”`);
    expect(emails[0]!.textBody).toContain(`/verify/${certificate.verificationCode}`);
  });

  it('leaves one certificate when ten transactions issue it at the same moment', async () => {
    const { engagementId } = await engagement();
    const issuer = t.app.get(ParticipationIssuer, { strict: false });
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, () =>
        t.em().transactional(async (tx: EntityManager) => {
          const facts = await readEngagementFacts(tx, engagementId);
          return (await issuer.issueParticipation(tx, facts!)).outcome;
        }),
      ),
    );
    expect(outcomes.filter((outcome) => outcome === 'issued')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === 'already-issued')).toHaveLength(9);
    expect(await certificatesOf(engagementId)).toHaveLength(1);
  });

  it('issues nothing for an engagement that is not completed', async () => {
    const { coachee, engagementId } = await engagement('active');
    const eventId = await writeEvent(engagementId, coachee.id);
    expect(await deliver(eventId!)).toBe('delivered');
    expect(await certificatesOf(engagementId)).toHaveLength(0);
    const coacheeClient = await t.client().signIn(coachee.email, TEST_PASSWORD);
    expect((await coacheeClient.ok<{ myCertificates: unknown[] }>(MINE)).myCertificates).toEqual([]);
  });

  it('is verifiable by anyone, listed in the coachee’s certificates with its PDF and badge, and found by admins', async () => {
    const { coachee, engagementId, programmeName } = await engagement();
    await deliver((await writeEvent(engagementId, coachee.id))!);
    const [certificate] = await certificatesOf(engagementId);
    const title = `Certificate of participation — ${programmeName}`;

    const verified = await t.client().ok<{ verifyCertificate: Record<string, unknown> }>(VERIFY, {
      code: certificate!.verificationCode,
    });
    expect(verified.verifyCertificate).toEqual({
      kind: 'PARTICIPATION',
      holderName: coachee.displayName,
      courseTitle: { text: title },
      institutionName: home.name,
      expiresAt: null,
      status: 'VALID',
    });
    const page = await t.client().get(`/verify/${certificate!.verificationCode}?lang=en`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<dt>Certificate</dt>');
    expect(page.body).toContain(programmeName);

    const client = await t.client().signIn(coachee.email, TEST_PASSWORD);
    const mine = await client.ok<{ myCertificates: Record<string, unknown>[] }>(MINE);
    expect(mine.myCertificates).toEqual([
      expect.objectContaining({
        id: certificate!.id,
        kind: 'PARTICIPATION',
        courseId: null,
        courseTitle: { text: title },
        status: 'VALID',
        expiresAt: null,
      }),
    ]);
    const pdf = await client.get(`/certificates/${certificate!.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = (await pdfParse(pdf.rawPayload)).text.replace(/\s+/g, ' ');
    expect(text).toContain('Certificate of participation');
    expect(text).toContain(coachee.displayName);
    expect(text).toContain(programmeName);
    expect(text).not.toContain('Certificate of completion');

    const badge = await client.get(`/certificates/${certificate!.id}/badge.jwt`);
    expect(badge.statusCode).toBe(200);
    const payload = decodeJwt(badge.body) as {
      name: string;
      credentialSubject: { achievement: { name: string } };
    };
    expect(payload.credentialSubject.achievement.name).toBe(title);
    expect(validateCredential(payload)).toBe(true);
    expect(payload.name).toBe(title);

    const found = await homeAdmin.ok<{ certificates: { totalCount: number; nodes: { id: string }[] } }>(
      SEARCH,
      {
        i: home.id,
        s: programmeName,
      },
    );
    expect(found.certificates.nodes.map((node) => node.id)).toContain(certificate!.id);
  });

  it('is reissued after revocation while the engagement is completed, and not once it no longer is', async () => {
    const { coachee, engagementId, programmeName } = await engagement();
    await deliver((await writeEvent(engagementId, coachee.id))!);
    const [original] = await certificatesOf(engagementId);
    expect(
      (await homeAdmin.ok<{ revokeCertificate: { status: string } }>(REVOKE, { id: original!.id }))
        .revokeCertificate.status,
    ).toBe('REVOKED');
    const reissued = await homeAdmin.ok<{ reissueCertificate: Record<string, unknown> }>(REISSUE, {
      id: original!.id,
    });
    expect(reissued.reissueCertificate).toMatchObject({
      kind: 'PARTICIPATION',
      reissueOfId: original!.id,
      courseTitle: { text: `Certificate of participation — ${programmeName}` },
      status: 'VALID',
    });
    expect(await certificatesOf(engagementId)).toHaveLength(2);

    const other = await engagement();
    await deliver((await writeEvent(other.engagementId, other.coachee.id))!);
    const [revoked] = await certificatesOf(other.engagementId);
    await homeAdmin.ok(REVOKE, { id: revoked!.id });
    await t
      .em()
      .execute(`update coaching_engagement set state = 'ended_early' where id = ?`, [other.engagementId]);
    const refused = await homeAdmin.gql(REISSUE, { id: revoked!.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe('CERTIFICATE_NOT_REISSUABLE');
    expect(await certificatesOf(other.engagementId)).toHaveLength(1);
  });

  it('catches up, in the reconciliation sweep, a completed engagement whose event never arrived', async () => {
    const lost = await engagement();
    const fresh = await engagement();
    await t
      .em()
      .execute(`update coaching_engagement set completed_at = now() - interval '10 minutes' where id = ?`, [
        lost.engagementId,
      ]);
    await t
      .em()
      .execute(`update coaching_engagement set completed_at = now() where id = ?`, [fresh.engagementId]);
    const sweep = () =>
      RequestContext.create(worker.get(MikroORM).em, () => worker.get(CertificateSweep).run());
    await sweep();
    await sweep();
    expect(await certificatesOf(lost.engagementId)).toHaveLength(1);
    // Within the grace period the event is still expected to do it.
    expect(await certificatesOf(fresh.engagementId)).toHaveLength(0);
  });
});
