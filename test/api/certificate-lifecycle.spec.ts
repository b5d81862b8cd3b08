import { createHash, randomUUID } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { MikroORM, RequestContext } from '@mikro-orm/core';
import pdfParse from 'pdf-parse/lib/pdf-parse.js';
import { AuditEvent, Role, User, type Institution } from '@parity/identity';
import { Certificate, CertificateRenewal } from '@parity/certification';
import { Enrolment, EnrolmentSource, EnrolmentStatus } from '@parity/learning';
import { EmailMessage } from '@parity/shared/mail';
import { EventTopic, OutboxEvent } from '@parity/shared/queue';
import { given, givenPublishedCourse, TEST_PASSWORD } from '@parity/shared/testing';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { DeliverEventHandler } from '../../apps/worker/src/events/deliver-event.handler';
import { TestApp, type ApiClient } from '../support/test-app';

const MINE = `{ myCertificates { id serialNumber status expiresAt pdfUrl verificationUrl noticeSeen reissueOfId replacedById } }`;
const REVOKE = `mutation($id: ID!) { revokeCertificate(id: $id, reason: "The name was misspelt") { id status } }`;
const REISSUE = `mutation($id: ID!) { reissueCertificate(id: $id) { id serialNumber status reissueOfId } }`;

interface Mine {
  myCertificates: {
    id: string;
    serialNumber: string;
    status: string;
    expiresAt: string | null;
    pdfUrl: string;
    verificationUrl: string;
    noticeSeen: boolean;
    reissueOfId: string | null;
    replacedById: string | null;
  }[];
}

/** A 2×2 red PNG, built by hand so the test needs no image library. */
function tinyPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer): number => {
    let c = 0xffffffff;
    for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.from([0, 0, 0, 2, 0, 0, 0, 2, 8, 2, 0, 0, 0]);
  const rows = Buffer.from([0, 255, 0, 0, 255, 0, 0, 0, 255, 0, 0, 255, 0, 0]);
  return Buffer.concat([
    Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const textOf = async (pdf: Buffer): Promise<string> => (await pdfParse(pdf)).text.replace(/\s+/g, ' ');

describe('certificate lifecycle: PDF, e-mail and notice, verification page, templates and validity, reissue, renewal', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let home: Institution;
  let trainer: User;
  let admin: ApiClient;
  let trainerClient: ApiClient;

  beforeAll(async () => {
    t = await TestApp.start();
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    const g = given(t.em());
    home = await g.institution();
    trainer = await g.user({ institution: home, roles: [Role.TRAINER] });
    const adminUser = await g.user({ institution: home, roles: [Role.INSTITUTION_ADMIN] });
    admin = await t.client().signIn(adminUser.email, TEST_PASSWORD);
    trainerClient = await t.client().signIn(trainer.email, TEST_PASSWORD);
  });

  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  /** A learner (name and language as given) completes a fresh one-lesson course; the worker delivers the event. */
  async function completed(options: {
    name: string;
    locale: string;
    title: Record<string, string>;
    beforeCompletion?: (courseId: string) => Promise<void>;
  }): Promise<{ learner: User; client: ApiClient; enrolmentId: string; certificate: Certificate }> {
    const fixture = await givenPublishedCourse(t.em(), {
      institution: home,
      author: trainer,
      title: options.title,
    });
    await options.beforeCompletion?.(fixture.course.id);
    const learner = await given(t.em()).user({ institution: home, name: options.name });
    await t.em().nativeUpdate(User, learner.id, { locale: options.locale, timeZone: 'Europe/Belgrade' });
    const client = await t.client().signIn(learner.email, TEST_PASSWORD);
    const { enrol } = await client.ok<{ enrol: { id: string } }>(
      `mutation($c: ID!) { enrol(courseId: $c) { id } }`,
      { c: fixture.course.id },
    );
    await client.ok(
      `mutation($input: LessonProgressInput!) { recordLessonProgress(input: $input) { enrolment { status } } }`,
      {
        input: {
          enrolmentId: enrol.id,
          lessonId: fixture.lessons[0]!.id,
          visitId: randomUUID(),
          seconds: 30,
          completed: true,
        },
      },
    );
    expect(await deliver(enrol.id)).toBe('delivered');
    const certificate = await t.em().findOneOrFail(Certificate, { enrolment: enrol.id });
    return { learner, client, enrolmentId: enrol.id, certificate };
  }

  async function deliver(enrolmentId: string): Promise<string> {
    const event = await t.em().findOneOrFail(OutboxEvent, {
      topic: EventTopic.enrolmentCompleted,
      key: `enrolment-completed:${enrolmentId}`,
    });
    if (event.deliveredAt) await t.em().nativeUpdate(OutboxEvent, event.id, { deliveredAt: null });
    const orm = worker.get(MikroORM);
    return RequestContext.create(orm.em, () =>
      worker.get(DeliverEventHandler).handle({ data: { outboxEventId: event.id } } as never),
    );
  }

  it('stores the PDF under its hash; the holder and the issuing admin download it, nobody else', async () => {
    const { client, certificate } = await completed({
      name: 'Јована Петровић',
      locale: 'sr-Cyrl',
      title: { 'sr-Cyrl': 'Род и безбедност', en: 'Gender and security' },
    });
    expect(certificate.pdfKey).toBe(`certificates/sha256/${certificate.pdfSha256}`);
    const response = await client.get(`/certificates/${certificate.id}/pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toContain(`${certificate.serialNumber}.pdf`);
    expect(response.rawPayload.length).toBe(certificate.pdfSize);
    expect(createHash('sha256').update(response.rawPayload).digest('hex')).toBe(certificate.pdfSha256);
    const text = await textOf(response.rawPayload);
    expect(text).toContain('Јована Петровић');
    expect(text).toContain('Род и безбедност');

    expect((await admin.get(`/certificates/${certificate.id}/pdf`)).statusCode).toBe(200);
    const stranger = await given(t.em()).user({ institution: home });
    const strangerClient = await t.client().signIn(stranger.email, TEST_PASSWORD);
    const denied = await strangerClient.get(`/certificates/${certificate.id}/pdf`);
    expect(denied.statusCode).toBe(404);
    expect((await t.client().get(`/certificates/${certificate.id}/pdf`)).statusCode).toBe(401);
    expect((await client.get(`/certificates/${randomUUID()}/pdf`)).statusCode).toBe(404);
  });

  it('writes one e-mail in the learner’s language with the verification link, and shows a notice until dismissed', async () => {
    const { client, enrolmentId, certificate, learner } = await completed({
      name: 'Blerina Çela',
      locale: 'sq',
      title: { sq: 'Barazia gjinore në sektorin e sigurisë', en: 'Gender equality in security' },
    });
    const text = await textOf((await client.get(`/certificates/${certificate.id}/pdf`)).rawPayload);
    expect(text).toContain('Blerina Çela');
    expect(text).toContain('Barazia gjinore në sektorin e sigurisë');

    expect(await deliver(enrolmentId)).toBe('delivered');
    const emails = await t.em().find(EmailMessage, { toAddress: learner.email, kind: 'certificate-issued' });
    expect(emails).toHaveLength(1);
    expect(emails[0]!.subject).toBe('Certifikata juaj: Barazia gjinore në sektorin e sigurisë');
    expect(emails[0]!.locale).toBe('sq');
    expect(emails[0]!.textBody).toContain(`/verify/${certificate.verificationCode}`);

    const before = await client.ok<Mine>(MINE);
    expect(before.myCertificates[0]!.noticeSeen).toBe(false);
    await client.ok(`mutation($id: ID!) { dismissCertificateNotice(id: $id) { id } }`, {
      id: certificate.id,
    });
    const after = await client.ok<Mine>(MINE);
    expect(after.myCertificates[0]!.noticeSeen).toBe(true);
    const other = await t
      .client()
      .signIn((await given(t.em()).user({ institution: home })).email, TEST_PASSWORD);
    const refused = await other.gql(`mutation($id: ID!) { dismissCertificateNotice(id: $id) { id } }`, {
      id: certificate.id,
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('serves a public, script-free verification page in the reader’s language; unknown codes are a plain 404', async () => {
    const { certificate } = await completed({
      name: 'Marko Marković',
      locale: 'cnr',
      title: { cnr: 'Rodna ravnopravnost', en: 'Gender equality' },
    });
    const visitor = t.client();
    visitor.language = 'mk-MK,mk;q=0.9,en;q=0.5';
    const page = await visitor.get(`/verify/${certificate.verificationCode}`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<html lang="mk">');
    expect(page.body).toContain('data-status="VALID"');
    expect(page.body).toContain('Овој сертификат е важечки.');
    expect(page.body).toContain('Marko Marković');
    expect(page.body).not.toMatch(/<script/i);
    expect(page.body).not.toContain(certificate.serialNumber);

    const albanian = await visitor.get(`/verify/${certificate.verificationCode}?lang=sq`);
    expect(albanian.body).toContain('Kjo certifikatë është e vlefshme.');
    const unknown = await visitor.get('/verify/0000000000000000000000000000000Z');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('Сертификатот не е пронајден');
  });

  it('takes colours, logo and signatories from the template and the expiry from the course’s validity', async () => {
    const saved = await admin.ok<{
      saveCertificateTemplate: { id: string; hasLogo: boolean; isDefault: boolean };
    }>(
      `mutation($input: CertificateTemplateInput!) { saveCertificateTemplate(input: $input) { id hasLogo isDefault } }`,
      {
        input: {
          institutionId: home.id,
          name: 'Gender Coach Programme',
          primaryColor: '#7a1f5c',
          accentColor: '#d4af37',
          signatories: [{ name: 'Dragana Signatory', title: 'Programme Director' }],
          isDefault: true,
          logo: `data:image/png;base64,${tinyPng().toString('base64')}`,
        },
      },
    );
    expect(saved.saveCertificateTemplate).toMatchObject({ hasLogo: true, isDefault: true });
    const notAnImage = await admin.gql(
      `mutation($input: CertificateTemplateInput!) { saveCertificateTemplate(input: $input) { id } }`,
      {
        input: {
          institutionId: home.id,
          name: 'Broken',
          primaryColor: '#000000',
          accentColor: '#000000',
          signatories: [],
          isDefault: false,
          logo: `data:image/png;base64,${Buffer.from('<svg onload=alert(1)>').toString('base64')}`,
        },
      },
    );
    expect(notAnImage.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const { client, certificate } = await completed({
      name: 'Ana Validity',
      locale: 'en',
      title: { en: 'Preventing sexual harassment' },
      beforeCompletion: async (courseId) => {
        await trainerClient.ok(
          `mutation($input: CourseCertificationInput!) { setCourseCertification(input: $input) { validityMonths } }`,
          { input: { courseId, validityMonths: 12, renewalLeadDays: 30 } },
        );
      },
    });
    const expected = new Date(certificate.issuedAt);
    expected.setUTCFullYear(expected.getUTCFullYear() + 1);
    expect(certificate.expiresAt?.toISOString().slice(0, 10)).toBe(expected.toISOString().slice(0, 10));
    const text = await textOf((await client.get(`/certificates/${certificate.id}/pdf`)).rawPayload);
    expect(text).toContain('Dragana Signatory');
    expect(text).toContain('Programme Director');
    const audit = await t.em().count(AuditEvent, { action: 'course.certification-updated' });
    expect(audit).toBeGreaterThan(0);
  });

  it('reissues a revoked certificate once, with a new serial and code; the old one stays revoked and points to it', async () => {
    const { client, certificate } = await completed({
      name: 'Petar Reissue',
      locale: 'en',
      title: { en: 'Women, peace and security' },
    });
    const notRevoked = await admin.gql(REISSUE, { id: certificate.id });
    expect(notRevoked.errors?.[0]?.extensions?.code).toBe('CERTIFICATE_NOT_REVOKED');
    await admin.ok(REVOKE, { id: certificate.id });
    const { reissueCertificate } = await admin.ok<{
      reissueCertificate: { id: string; serialNumber: string; status: string; reissueOfId: string };
    }>(REISSUE, { id: certificate.id });
    expect(reissueCertificate.status).toBe('VALID');
    expect(reissueCertificate.reissueOfId).toBe(certificate.id);
    expect(reissueCertificate.serialNumber).not.toBe(certificate.serialNumber);
    const again = await admin.gql(REISSUE, { id: certificate.id });
    expect(again.errors?.[0]?.extensions?.code).toBe('CERTIFICATE_ALREADY_REISSUED');

    const mine = (await client.ok<Mine>(MINE)).myCertificates;
    expect(mine).toHaveLength(2);
    expect(mine.find((c) => c.id === certificate.id)).toMatchObject({
      status: 'REVOKED',
      replacedById: reissueCertificate.id,
    });
    const replacement = await t.em().findOneOrFail(Certificate, reissueCertificate.id);
    expect(replacement.verificationCode).not.toBe(certificate.verificationCode);
    expect(replacement.pdfSha256).not.toBe(certificate.pdfSha256);
    expect(
      await t.em().count(AuditEvent, { action: 'certificate.reissued', subjectId: replacement.id }),
    ).toBe(1);
  });

  it('opens one renewal enrolment before a certificate expires, due on the expiry date; again opens none', async () => {
    const { client, enrolmentId, certificate } = await completed({
      name: 'Ivana Renewal',
      locale: 'hr',
      title: { hr: 'Rodna perspektiva', en: 'Gender perspective' },
      beforeCompletion: async (courseId) => {
        await trainerClient.ok(
          `mutation($input: CourseCertificationInput!) { setCourseCertification(input: $input) { validityMonths } }`,
          { input: { courseId, validityMonths: 24, renewalLeadDays: 60 } },
        );
      },
    });
    const renewal = t.app.get(CertificateRenewal, { strict: false });
    const renewals = () => t.em().count(Enrolment, { renewsEnrolmentId: enrolmentId });
    const expiresAt = certificate.expiresAt as Date;
    await renewal.run({ now: new Date(expiresAt.getTime() - 61 * 86_400_000) });
    expect(await renewals()).toBe(0);
    const inLeadTime = new Date(expiresAt.getTime() - 59 * 86_400_000);
    await Promise.all([renewal.run({ now: inLeadTime }), renewal.run({ now: inLeadTime })]);
    expect(await renewals()).toBe(1);
    await renewal.run({ now: inLeadTime });
    expect(await renewals()).toBe(1);

    const cycles = await t.em().find(Enrolment, { renewsEnrolmentId: enrolmentId });
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toMatchObject({
      status: EnrolmentStatus.ACTIVE,
      source: EnrolmentSource.RENEWAL,
      cycle: 2,
    });
    expect(cycles[0]!.dueAt?.toISOString()).toBe(expiresAt.toISOString());
    const learning = await client.ok<{ myLearning: { nodes: { id: string; status: string }[] } }>(
      `{ myLearning { nodes { id status } } }`,
    );
    expect(learning.myLearning.nodes.map((node) => node.id).sort()).toEqual(
      [enrolmentId, cycles[0]!.id].sort(),
    );
    expect((await client.ok<Mine>(MINE)).myCertificates).toHaveLength(1);
  });
});
