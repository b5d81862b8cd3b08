import { Role, type Institution } from '@parity/identity';
import { given, givenCourse, TEST_PASSWORD, type CourseFixture } from '@parity/shared/testing';
import { TestApp, type ApiClient } from '../support/test-app';

/** A tiny but real PDF (the magic bytes are what the upload policy checks). */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

describe('lesson files: upload, attach, download', () => {
  let t: TestApp;
  let home: Institution;
  let trainer: ApiClient;
  let course: CourseFixture;

  beforeAll(async () => {
    t = await TestApp.start();
    const g = given(t.em());
    home = await g.institution();
    const author = await g.user({ institution: home, roles: [Role.TRAINER] });
    trainer = await t.client().signIn(author.email, TEST_PASSWORD);
    course = await givenCourse(t.em(), { institution: home, author });
  });
  afterAll(() => t.close());

  const upload = (client: ApiClient | null, name: string, body: Buffer, type = 'application/pdf') =>
    t.app.inject({
      method: 'PUT',
      url: `/files?name=${encodeURIComponent(name)}`,
      remoteAddress: client?.ip ?? '10.9.9.9',
      headers: {
        'content-type': 'application/octet-stream',
        'x-file-type': type,
        ...(client?.cookie ? { cookie: client.cookie } : {}),
      },
      payload: body,
    });
  const download = (client: ApiClient | null, url: string) =>
    t.app.inject({
      method: 'GET',
      url,
      remoteAddress: client?.ip ?? '10.9.9.9',
      headers: client?.cookie ? { cookie: client.cookie } : {},
    });

  it('stores an upload under an unguessable key, keeps its name, attaches it, and serves it with that name', async () => {
    const response = await upload(trainer, 'Akcioni plan 1325 – Žene.pdf', PDF);
    expect(response.statusCode).toBe(201);
    const file = response.json() as {
      id: string;
      originalName: string;
      contentType: string;
      size: number;
      url: string;
    };
    expect(file).toMatchObject({
      originalName: 'Akcioni plan 1325 – Žene.pdf',
      contentType: 'application/pdf',
      size: PDF.length,
    });
    const [row] = await t
      .em()
      .getConnection()
      .execute<{ key: string }[]>(`select key from stored_file where id = ?`, [file.id]);
    expect(row?.key).toMatch(/^lesson-files\/\d{4}\/\d{2}\/[a-z0-9]{26}$/);
    expect(row?.key).not.toContain('Akcioni');

    const attached = await trainer.ok<{ attachLessonFile: { id: string; url: string } }>(
      `mutation($l: ID!, $f: ID!) { attachLessonFile(lessonId: $l, fileId: $f) { id url } }`,
      { l: course.lesson.id, f: file.id },
    );
    expect(attached.attachLessonFile.url).toBe(`/files/${file.id}`);
    const lesson = await trainer.ok<{
      courseVersion: { modules: { lessons: { files: { originalName: string }[] }[] }[] };
    }>(`query($id: ID!) { courseVersion(id: $id) { modules { lessons { files { originalName } } } } }`, {
      id: course.version.id,
    });
    expect(lesson.courseVersion.modules[0]!.lessons[0]!.files).toEqual([
      { originalName: 'Akcioni plan 1325 – Žene.pdf' },
    ]);

    const got = await download(trainer, file.url);
    expect(got.statusCode).toBe(200);
    expect(got.rawPayload.equals(PDF)).toBe(true);
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.headers['content-disposition']).toContain(
      "filename*=UTF-8''Akcioni%20plan%201325%20%E2%80%93%20%C5%BDene.pdf",
    );
  });

  it('refuses a file whose content does not match its name, a forbidden type, and an anonymous upload', async () => {
    const fake = await upload(
      trainer,
      'report.pdf',
      Buffer.from('MZ\x90\x00 this is really a Windows program'),
    );
    expect(fake.statusCode).toBe(400);
    expect((fake.json() as { code: string }).code).toBe('FILE_TYPE_MISMATCH');
    const svg = await upload(
      trainer,
      'logo.svg',
      Buffer.from('<svg onload="alert(1)"></svg>'),
      'image/svg+xml',
    );
    expect((svg.json() as { code: string }).code).toBe('FILE_TYPE_NOT_ALLOWED');
    const anonymous = await upload(null, 'a.pdf', PDF);
    expect(anonymous.statusCode).toBe(401);
    expect(
      await t.em().getConnection().execute(`select 1 from stored_file where original_name = 'report.pdf'`),
    ).toEqual([]);
  });

  it('does not let a learner upload, nor another institution download a draft’s file', async () => {
    const g = given(t.em());
    const learner = await t
      .client()
      .signIn((await g.user({ institution: home, roles: [Role.LEARNER] })).email, TEST_PASSWORD);
    expect((await upload(learner, 'a.pdf', PDF)).statusCode).toBe(403);

    const file = (await upload(trainer, 'draft.pdf', PDF)).json() as { id: string; url: string };
    await trainer.ok(`mutation($l: ID!, $f: ID!) { attachLessonFile(lessonId: $l, fileId: $f) { id } }`, {
      l: course.lesson.id,
      f: file.id,
    });
    const stranger = await t
      .client()
      .signIn(
        (await g.user({ institution: await g.institution(), roles: [Role.TRAINER] })).email,
        TEST_PASSWORD,
      );
    const denied = await download(stranger, file.url);
    expect(denied.statusCode).toBe(403);
    expect(denied.rawPayload.includes(PDF)).toBe(false);
    expect((await download(null, file.url)).statusCode).toBe(401);
  });
});
