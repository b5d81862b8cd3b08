import { randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { MikroORM, RequestContext } from '@mikro-orm/core';
import { AuditEvent, Role, type Institution, type User } from '@parity/identity';
import { Certificate, CertificateIssuer, MAX_UNKNOWN_CODES_PER_IP } from '@parity/certification';
import { Enrolment, EnrolmentStatus } from '@parity/learning';
import { EventTopic, OutboxEvent } from '@parity/shared/queue';
import { given, givenPublishedCourse, TEST_PASSWORD } from '@parity/shared/testing';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { DeliverEventHandler } from '../../apps/worker/src/events/deliver-event.handler';
import { ReconcileCertificatesHandler } from '../../apps/worker/src/certificates/reconcile-certificates.handler';
import { TestApp, type ApiClient } from '../support/test-app';

const VERIFY = `query($code: String!, $locale: String) { verifyCertificate(code: $code, locale: $locale) {
  holderName courseTitle { text locale } institutionName issuedAt expiresAt status revocationReason
} }`;
const REVOKE = `mutation($id: ID!, $reason: String!) { revokeCertificate(id: $id, reason: $reason) {
  id status revokedAt revocationReason
} }`;
const MINE = `{ myCertificates { id serialNumber verificationCode holderId holderName courseTitle { text } status } }`;

interface Verification {
  verifyCertificate: {
    holderName: string;
    courseTitle: { text: string; locale: string };
    institutionName: string;
    issuedAt: string;
    expiresAt: string | null;
    status: string;
    revocationReason: string | null;
  };
}

describe('certificates: issued once per completion, verified publicly, revoked by the issuing institution', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let home: Institution;
  let trainer: User;
  let homeAdmin: ApiClient;
  let awayAdmin: ApiClient;
  let issuer: CertificateIssuer;

  beforeAll(async () => {
    t = await TestApp.start();
    issuer = t.app.get(CertificateIssuer, { strict: false });
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    const g = given(t.em());
    home = await g.institution();
    const away = await g.institution();
    trainer = await g.user({ institution: home, roles: [Role.TRAINER] });
    const admin = await g.user({ institution: home, roles: [Role.INSTITUTION_ADMIN] });
    const other = await g.user({ institution: away, roles: [Role.INSTITUTION_ADMIN] });
    homeAdmin = await t.client().signIn(admin.email, TEST_PASSWORD);
    awayAdmin = await t.client().signIn(other.email, TEST_PASSWORD);
  });

  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  /** A learner of the home institution who completes a one-lesson course through the API. */
  async function completion(): Promise<{ learner: User; client: ApiClient; enrolmentId: string }> {
    const fixture = await givenPublishedCourse(t.em(), {
      institution: home,
      author: trainer,
      title: { en: 'Safe driving', 'sr-Latn': 'Bezbedna vožnja', sq: 'Drejtimi i sigurt' },
    });
    const learner = await given(t.em()).user({
      institution: home,
      name: `Ana Marković ${randomUUID().slice(0, 6)}`,
    });
    const client = await t.client().signIn(learner.email, TEST_PASSWORD);
    const enrolled = await client.ok<{ enrol: { id: string } }>(
      `mutation($c: ID!) { enrol(courseId: $c) { id } }`,
      {
        c: fixture.course.id,
      },
    );
    const enrolmentId = enrolled.enrol.id;
    const done = await client.ok<{ recordLessonProgress: { enrolment: { status: string } } }>(
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
    expect(done.recordLessonProgress.enrolment.status).toBe('COMPLETED');
    return { learner, client, enrolmentId };
  }

  const certificatesOf = (enrolmentId: string) => t.em().find(Certificate, { enrolment: enrolmentId });

  /** Delivers the completion's outbox event through the worker's handler, as a BullMQ job would. */
  async function deliverCompletion(enrolmentId: string): Promise<string> {
    const event = await t.em().findOneOrFail(OutboxEvent, {
      topic: EventTopic.enrolmentCompleted,
      key: `enrolment-completed:${enrolmentId}`,
    });
    const orm = worker.get(MikroORM);
    return RequestContext.create(orm.em, () =>
      worker.get(DeliverEventHandler).handle({ data: { outboxEventId: event.id } } as never),
    );
  }

  async function certificateOf(enrolmentId: string): Promise<Certificate> {
    const certificates = await certificatesOf(enrolmentId);
    expect(certificates).toHaveLength(1);
    return certificates[0]!;
  }

  it('issues the certificate when the worker delivers the completion: serial, unguessable code, name and title snapshots', async () => {
    const { learner, enrolmentId } = await completion();
    expect(await deliverCompletion(enrolmentId)).toBe('delivered');
    const certificate = await certificateOf(enrolmentId);
    expect(certificate.serialNumber).toMatch(/^PAR-\d{4}-\d{6}$/);
    expect(certificate.verificationCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{32}$/);
    expect(certificate.holderName).toBe(learner.displayName);
    expect(certificate.courseTitle).toEqual({
      en: 'Safe driving',
      'sr-Latn': 'Bezbedna vožnja',
      sq: 'Drejtimi i sigurt',
    });
    expect(certificate.institution.id).toBe(home.id);
    expect(certificate.user.id).toBe(learner.id);
    expect(certificate.expiresAt).toBeNull();
    expect(certificate.revokedAt).toBeNull();
  });

  it('leaves exactly one certificate when issuing runs 20 times at once, and when the event is delivered again', async () => {
    const { enrolmentId } = await completion();
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () => t.em().transactional((tx) => issuer.issueFor(tx, enrolmentId))),
    );
    expect(outcomes.filter(({ outcome }) => outcome === 'issued')).toHaveLength(1);
    expect(outcomes.filter(({ outcome }) => outcome === 'already-issued')).toHaveLength(19);
    expect(await deliverCompletion(enrolmentId)).toBe('delivered');
    expect(await certificatesOf(enrolmentId)).toHaveLength(1);
  });

  it('issues nothing for an enrolment that is not completed', async () => {
    const { enrolmentId } = await completion();
    await t.em().nativeUpdate(Enrolment, enrolmentId, { status: EnrolmentStatus.ACTIVE, completedAt: null });
    expect((await issuer.issueFor(t.em(), enrolmentId)).outcome).toBe('not-completed');
    expect(await certificatesOf(enrolmentId)).toHaveLength(0);
    expect((await issuer.issueFor(t.em(), randomUUID())).outcome).toBe('not-completed');
  });

  it('the reconciliation sweep issues the certificate of a completion whose event was lost', async () => {
    const { enrolmentId } = await completion();
    await t.em().nativeDelete(OutboxEvent, {
      topic: EventTopic.enrolmentCompleted,
      key: `enrolment-completed:${enrolmentId}`,
    });
    const recent = await completion();
    await t.em().nativeUpdate(Enrolment, enrolmentId, { completedAt: new Date(Date.now() - 10 * 60_000) });
    const orm = worker.get(MikroORM);
    const result = await RequestContext.create(orm.em, () =>
      worker.get(ReconcileCertificatesHandler).handle(),
    );
    expect(result.issued).toBeGreaterThanOrEqual(1);
    expect(await certificatesOf(enrolmentId)).toHaveLength(1);
    // A completion of a moment ago is left to its event (the sweep waits a few minutes).
    expect(await certificatesOf(recent.enrolmentId)).toHaveLength(0);
    const again = await RequestContext.create(orm.em, () =>
      worker.get(ReconcileCertificatesHandler).handle(),
    );
    expect(await certificatesOf(enrolmentId)).toHaveLength(1);
    expect(again.found).toBe(0);
  });

  it('verification shows the public view in the reader’s language, and nothing else about the person', async () => {
    const { learner, enrolmentId } = await completion();
    await t.em().transactional((tx) => issuer.issueFor(tx, enrolmentId));
    const certificate = await certificateOf(enrolmentId);
    const anonymous = t.client();
    const result = await anonymous.ok<Verification>(VERIFY, {
      code: certificate.verificationCode.toLowerCase(),
      locale: 'sr-Latn',
    });
    expect(result.verifyCertificate).toEqual({
      holderName: learner.displayName,
      courseTitle: { text: 'Bezbedna vožnja', locale: 'sr-Latn' },
      institutionName: home.name,
      issuedAt: certificate.issuedAt.toISOString(),
      expiresAt: null,
      status: 'VALID',
      revocationReason: null,
    });
    const albanian = await anonymous.ok<Verification>(VERIFY, {
      code: certificate.verificationCode,
      locale: 'sq',
    });
    expect(albanian.verifyCertificate.courseTitle.text).toBe('Drejtimi i sigurt');
    const english = await anonymous.ok<Verification>(VERIFY, { code: certificate.verificationCode });
    expect(english.verifyCertificate.courseTitle.text).toBe('Safe driving');
    const serialized = JSON.stringify([result, albanian, english]);
    expect(serialized).not.toContain(learner.email);
    expect(serialized).not.toContain(learner.id);
    const type = t.get(GraphQLSchemaHost).schema.getType('CertificateVerification') as unknown as {
      getFields(): Record<string, unknown>;
    };
    expect(Object.keys(type.getFields()).sort()).toEqual(
      [
        'courseTitle',
        'expiresAt',
        'holderName',
        'institutionName',
        'issuedAt',
        'kind',
        'revocationReason',
        'status',
      ].sort(),
    );
  });

  it('answers a plain NOT_FOUND for an unknown code, and rate-limits an IP that tries many', async () => {
    const { enrolmentId } = await completion();
    await t.em().transactional((tx) => issuer.issueFor(tx, enrolmentId));
    const { verificationCode } = await certificateOf(enrolmentId);
    const prober = t.client();
    const garbage = await prober.gql(VERIFY, { code: "' or 1=1 --" });
    expect(garbage.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    for (let i = 1; i < MAX_UNKNOWN_CODES_PER_IP; i++) {
      const unknown = await prober.gql(VERIFY, { code: 'A'.repeat(31) + String(i % 10) });
      expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const limited = await prober.gql(VERIFY, { code: verificationCode });
    expect(limited.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // Another reader is not affected.
    const other = await t.client().gql<Verification>(VERIFY, { code: verificationCode });
    expect(other.data?.verifyCertificate.status).toBe('VALID');
  });

  it('an admin of the issuing institution revokes with a reason (audited); verification then says REVOKED', async () => {
    const { enrolmentId } = await completion();
    await t.em().transactional((tx) => issuer.issueFor(tx, enrolmentId));
    const certificate = await certificateOf(enrolmentId);
    const tooShort = await homeAdmin.gql(REVOKE, { id: certificate.id, reason: '  x ' });
    expect(tooShort.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const tooLong = await homeAdmin.gql(REVOKE, { id: certificate.id, reason: 'x'.repeat(501) });
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const revoked = await homeAdmin.ok<{ revokeCertificate: { status: string; revocationReason: string } }>(
      REVOKE,
      {
        id: certificate.id,
        reason: ' Exam taken by someone else ',
      },
    );
    expect(revoked.revokeCertificate).toMatchObject({
      status: 'REVOKED',
      revocationReason: 'Exam taken by someone else',
    });
    const verified = await t.client().ok<Verification>(VERIFY, { code: certificate.verificationCode });
    expect(verified.verifyCertificate).toMatchObject({
      status: 'REVOKED',
      revocationReason: 'Exam taken by someone else',
    });
    const audit = await t.em().find(AuditEvent, { action: 'certificate.revoked', subjectId: certificate.id });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ subjectType: 'Certificate', institutionId: home.id });

    const again = await homeAdmin.gql(REVOKE, { id: certificate.id, reason: 'Once more' });
    expect(again.errors?.[0]?.extensions?.code).toBe('CERTIFICATE_ALREADY_REVOKED');
    expect(await t.em().count(AuditEvent, { action: 'certificate.revoked', subjectId: certificate.id })).toBe(
      1,
    );
  });

  it('an admin of another institution can neither revoke nor list the certificate', async () => {
    const { enrolmentId } = await completion();
    await t.em().transactional((tx) => issuer.issueFor(tx, enrolmentId));
    const certificate = await certificateOf(enrolmentId);
    const denied = await awayAdmin.gql(REVOKE, { id: certificate.id, reason: 'Not ours to revoke' });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const listed = await awayAdmin.gql(`query($i: ID!) { certificates(institutionId: $i) { totalCount } }`, {
      i: home.id,
    });
    expect(listed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.em().findOneOrFail(Certificate, certificate.id)).revokedAt).toBeNull();
  });

  it('a learner sees only their own certificates; the issuing institution’s admin finds them by name, page by page', async () => {
    const first = await completion();
    const second = await completion();
    for (const { enrolmentId } of [first, second])
      await t.em().transactional((tx) => issuer.issueFor(tx, enrolmentId));
    const mine = await first.client.ok<{
      myCertificates: { holderId: string; courseTitle: { text: string } }[];
    }>(MINE);
    expect(mine.myCertificates).toHaveLength(1);
    expect(mine.myCertificates[0]).toMatchObject({
      holderId: first.learner.id,
      courseTitle: { text: 'Safe driving' },
    });
    const listing = await first.client.gql(
      `query($i: ID!) { certificates(institutionId: $i) { totalCount } }`,
      {
        i: home.id,
      },
    );
    expect(listing.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const LIST = `query($i: ID!, $s: String, $after: String) { certificates(institutionId: $i, search: $s, first: 1, after: $after) {
      nodes { holderId } pageInfo { endCursor hasNextPage } totalCount } }`;
    type List = {
      certificates: {
        nodes: { holderId: string }[];
        pageInfo: { endCursor: string | null; hasNextPage: boolean };
        totalCount: number;
      };
    };
    const byName = await homeAdmin.ok<List>(LIST, { i: home.id, s: second.learner.displayName });
    expect(byName.certificates.totalCount).toBe(1);
    expect(byName.certificates.nodes).toEqual([{ holderId: second.learner.id }]);
    const all = await homeAdmin.ok<List>(LIST, { i: home.id, s: 'Ana Marković' });
    expect(all.certificates.totalCount).toBeGreaterThanOrEqual(2);
    const seen = new Set<string>();
    let after: string | null = null;
    do {
      const page: List = await homeAdmin.ok<List>(LIST, { i: home.id, s: 'Ana Marković', after });
      for (const node of page.certificates.nodes) seen.add(node.holderId);
      after = page.certificates.pageInfo.hasNextPage ? page.certificates.pageInfo.endCursor : null;
    } while (after);
    expect(seen.has(first.learner.id) && seen.has(second.learner.id)).toBe(true);
  });
});
