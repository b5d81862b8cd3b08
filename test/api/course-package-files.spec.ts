import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Role, type Institution } from '@parity/identity';
import { Course, LessonFile, MAX_PACKAGE_FILE_BYTES, MAX_PACKAGE_UPLOAD_BYTES } from '@parity/curriculum';
import { FILE_STORAGE, StoredFile, storedFileKey, type FileStorage } from '@parity/shared/storage';
import { given, givenCourse, TEST_PASSWORD, type CourseFixture } from '@parity/shared/testing';
import { TestApp, type ApiClient } from '../support/test-app';

/** This run's own bytes, so files written by this spec can be told apart from other specs' in the shared storage. */
const NONCE = randomBytes(12).toString('hex');
/** A tiny but real PDF (the magic bytes are what the upload policy checks). */
const PDF = Buffer.from(
  `%PDF-1.4\n% ${NONCE}\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
);
/** A 1×1 PNG, this run's marker after its end chunk. */
const PNG = Buffer.concat([
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  ),
  Buffer.from(NONCE),
]);
const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

interface PackagedFile {
  module: number;
  lesson: number;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  data: string;
}
interface PackageDocument {
  format: string;
  snapshot: { modules: { lessons: { title: Record<string, string> }[] }[] };
  files: PackagedFile[];
}
interface VersionView {
  courseVersion: {
    status: string;
    modules: {
      lessons: { title: { text: string }[]; files: { id: string; originalName: string; url: string }[] }[];
    }[];
  };
}
const VERSION_VIEW = `query($id: ID!) { courseVersion(id: $id) { status
  modules { lessons { title { text } files { id originalName url } } } } }`;

/** Every data file under the storage root (the sidecars describe them), recursively. */
async function storedFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.meta.json') && !entry.name.startsWith('.'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * How many stored files hold this spec's bytes. Counted by content, not by number alone, because the other API specs
 * run in parallel and write to the same storage directory.
 */
async function filesOfThisSpec(root: string): Promise<number> {
  let count = 0;
  for (const path of await storedFiles(root)) {
    const content = await readFile(path).catch(() => Buffer.alloc(0));
    if (content.includes(NONCE)) count++;
  }
  return count;
}

describe('course packages that carry their lesson files (REST)', () => {
  let t: TestApp;
  let home: Institution;
  let away: Institution;
  let author: ApiClient;
  let foreign: ApiClient;
  let learner: ApiClient;
  let course: CourseFixture;
  const storageRoot = process.env['STORAGE_DIR']!;

  const send = (client: ApiClient | null, method: 'GET' | 'PUT', url: string, payload?: Buffer | Readable) =>
    t.app.inject({
      method,
      url,
      remoteAddress: client?.ip ?? '10.9.9.9',
      headers: {
        ...(payload ? { 'content-type': 'application/octet-stream' } : {}),
        ...(client?.cookie ? { cookie: client.cookie } : {}),
      },
      ...(payload ? { payload } : {}),
    });
  const upload = async (name: string, body: Buffer, type: string): Promise<string> => {
    const response = await t.app.inject({
      method: 'PUT',
      url: `/files?name=${encodeURIComponent(name)}`,
      remoteAddress: author.ip,
      headers: { 'content-type': 'application/octet-stream', 'x-file-type': type, cookie: author.cookie! },
      payload: body,
    });
    expect(response.statusCode).toBe(201);
    return (response.json() as { id: string }).id;
  };
  const exportPackage = async (): Promise<PackageDocument> => {
    const response = await send(author, 'GET', `/packages/${course.version.id}`);
    expect(response.statusCode).toBe(200);
    return response.json() as PackageDocument;
  };
  const importInto = (client: ApiClient | null, institution: Institution, body: Buffer | Readable) =>
    send(client, 'PUT', `/packages?institutionId=${institution.id}`, body);
  const awayCourses = () => t.em().count(Course, { ownerInstitution: away.id });
  const awayFiles = async () =>
    Number(
      (
        await t
          .em()
          .getConnection()
          .execute<
            { n: string }[]
          >(`select count(*) as n from stored_file where institution_id = ?`, [away.id])
      )[0]?.n,
    );

  beforeAll(async () => {
    t = await TestApp.start();
    const g = given(t.em());
    home = await g.institution();
    away = await g.institution();
    const homeTrainer = await g.user({ institution: home, roles: [Role.TRAINER] });
    author = await t.client().signIn(homeTrainer.email, TEST_PASSWORD);
    foreign = await t
      .client()
      .signIn((await g.user({ institution: away, roles: [Role.TRAINER] })).email, TEST_PASSWORD);
    learner = await t
      .client()
      .signIn((await g.user({ institution: away, roles: [Role.LEARNER] })).email, TEST_PASSWORD);
    course = await givenCourse(t.em(), { institution: home, author: homeTrainer });
    const second = await author.ok<{ addLesson: { id: string } }>(
      `mutation($m: ID!, $input: LessonInput!) { addLesson(moduleId: $m, input: $input) { id } }`,
      {
        m: course.module.id,
        input: {
          title: [{ locale: 'en', text: 'Lesson two' }],
          body: [{ locale: 'en', text: '<p>Two</p>' }],
        },
      },
    );
    const attach = (lessonId: string, fileId: string) =>
      author.ok(`mutation($l: ID!, $f: ID!) { attachLessonFile(lessonId: $l, fileId: $f) { id } }`, {
        l: lessonId,
        f: fileId,
      });
    await attach(course.lesson.id, await upload('Akcioni plan 1325 – Žene.pdf', PDF, 'application/pdf'));
    await attach(second.addLesson.id, await upload('diagram.png', PNG, 'image/png'));
  });
  afterAll(() => t.close());

  it('exports a version with its files and imports it into another institution: same names and bytes, new ids and keys', async () => {
    const response = await send(author, 'GET', `/packages/${course.version.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/json');
    expect(response.headers['content-disposition']).toContain(
      "filename*=UTF-8''Gender%20in%20the%20security%20sector%20%28v1%29.parity-course.json",
    );
    const document = response.json() as PackageDocument;
    expect(document.format).toBe('parity.course-package/2');
    expect(document.files.map(({ data: _data, ...file }) => file)).toEqual([
      {
        module: 0,
        lesson: 0,
        name: 'Akcioni plan 1325 – Žene.pdf',
        contentType: 'application/pdf',
        size: PDF.length,
        sha256: sha256(PDF),
      },
      {
        module: 0,
        lesson: 1,
        name: 'diagram.png',
        contentType: 'image/png',
        size: PNG.length,
        sha256: sha256(PNG),
      },
    ]);

    const before = await filesOfThisSpec(storageRoot);
    const imported = await importInto(foreign, away, response.rawPayload);
    expect(imported.statusCode).toBe(201);
    const { courseId, versionId } = imported.json() as { courseId: string; versionId: string };
    expect((await t.em().findOneOrFail(Course, courseId)).ownerInstitution.id).toBe(away.id);
    expect(await filesOfThisSpec(storageRoot)).toBe(before + 2);

    const original = await author.ok<VersionView>(VERSION_VIEW, { id: course.version.id });
    const copy = await foreign.ok<VersionView>(VERSION_VIEW, { id: versionId });
    expect(copy.courseVersion.status).toBe('DRAFT');
    const lessonsOf = (view: VersionView) => view.courseVersion.modules[0]!.lessons;
    expect(lessonsOf(copy).map((lesson) => lesson.title[0]?.text)).toEqual(['Lesson one', 'Lesson two']);
    expect(lessonsOf(copy).map((lesson) => lesson.files.map((file) => file.originalName))).toEqual([
      ['Akcioni plan 1325 – Žene.pdf'],
      ['diagram.png'],
    ]);
    const keyOf = async (id: string) =>
      (
        await t
          .em()
          .getConnection()
          .execute<
            { key: string; institution_id: string }[]
          >(`select key, institution_id from stored_file where id = ?`, [id])
      )[0]!;
    for (const [index, bytes] of [PDF, PNG].entries()) {
      const originalFile = lessonsOf(original)[index]!.files[0]!;
      const copiedFile = lessonsOf(copy)[index]!.files[0]!;
      expect(copiedFile.id).not.toBe(originalFile.id);
      const downloaded = await send(foreign, 'GET', copiedFile.url);
      expect(downloaded.statusCode).toBe(200);
      expect(downloaded.rawPayload.equals(bytes)).toBe(true);
      const [originalRow, copiedRow] = [await keyOf(originalFile.id), await keyOf(copiedFile.id)];
      expect(copiedRow.key).toMatch(/^lesson-files\/\d{4}\/\d{2}\/[a-z0-9]{26}$/);
      expect(copiedRow.key).not.toBe(originalRow.key);
      expect(copiedRow.institution_id).toBe(away.id);
    }
  });

  it('refuses a tampered file, a disallowed type, a disguised file, an oversized body and corrupted JSON, keeping no row and no file', async () => {
    const exported = await exportPackage();
    const variant = (change: (document: PackageDocument) => void): Buffer => {
      const copy = structuredClone(exported);
      change(copy);
      return Buffer.from(JSON.stringify(copy));
    };
    const svg = Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><!-- ${NONCE} --></svg>`,
    );
    const exe = Buffer.from(`MZ\x90\x00 this is really a Windows program ${NONCE}`);
    const text = JSON.stringify(exported);
    /** What is sent, and the field problem expected (`field:code`; none for JSON that does not parse). */
    const refused: [string, Buffer | Readable, string][] = [
      [
        'a file changed after export (its SHA-256 no longer matches)',
        variant((d) => {
          const bytes = Buffer.from(d.files[1]!.data, 'base64');
          bytes[bytes.length - 1] ^= 1;
          d.files[1]!.data = bytes.toString('base64');
        }),
        'files.1.sha256:INVALID',
      ],
      [
        'an SVG (never allowed), with a matching checksum',
        variant((d) => {
          Object.assign(d.files[1]!, {
            name: 'diagram.svg',
            contentType: 'image/svg+xml',
            size: svg.length,
            sha256: sha256(svg),
            data: svg.toString('base64'),
          });
        }),
        'files.1.contentType:INVALID_VALUE',
      ],
      [
        'a program named .pdf, with a matching checksum',
        variant((d) => {
          Object.assign(d.files[0]!, {
            size: exe.length,
            sha256: sha256(exe),
            data: exe.toString('base64'),
          });
        }),
        'files.0.contentType:INVALID_VALUE',
      ],
      [
        'a file of a lesson the package does not have',
        variant((d) => {
          d.files[1]!.lesson = 7;
        }),
        'files.1.lesson:OUT_OF_RANGE',
      ],
      ['corrupted JSON', Buffer.from(text.slice(0, Math.floor(text.length * 0.7))), ''],
      [
        'a body larger than the limit (declared)',
        Buffer.concat([Buffer.from(text), Buffer.alloc(MAX_PACKAGE_UPLOAD_BYTES, 0x20)]),
        'package:FILE_TOO_LARGE',
      ],
      [
        'a body larger than the limit (streamed without a length)',
        Readable.from(
          (function* () {
            yield Buffer.from(text);
            for (let sent = 0; sent <= MAX_PACKAGE_UPLOAD_BYTES; sent += 1024 * 1024) {
              yield Buffer.alloc(1024 * 1024, 0x20);
            }
          })(),
        ),
        'package:FILE_TOO_LARGE',
      ],
    ];
    const courses = await awayCourses();
    const rows = await awayFiles();
    const files = await filesOfThisSpec(storageRoot);
    for (const [what, body, problem] of refused) {
      const response = await importInto(foreign, away, body);
      const answer = response.json() as {
        code: string;
        reason: string;
        problems: { field: string; code: string }[];
      };
      expect({ what, status: response.statusCode, code: answer.code }).toEqual({
        what,
        status: 400,
        code: 'INVALID_PACKAGE',
      });
      expect(answer.reason).toEqual(expect.any(String));
      if (problem) expect(answer.problems.map((p) => `${p.field}:${p.code}`)).toContain(problem);
      expect(await awayCourses()).toBe(courses);
      expect(await awayFiles()).toBe(rows);
      expect(await filesOfThisSpec(storageRoot)).toBe(files);
    }
  });

  it('still imports a package without files (parity.course-package/1, as GraphQL exports it)', async () => {
    const { exportCourseVersion } = await author.ok<{ exportCourseVersion: string }>(
      `query($id: ID!) { exportCourseVersion(id: $id) }`,
      { id: course.version.id },
    );
    const response = await importInto(foreign, away, Buffer.from(exportCourseVersion));
    expect(response.statusCode).toBe(201);
    const copy = await foreign.ok<VersionView>(VERSION_VIEW, {
      id: (response.json() as { versionId: string }).versionId,
    });
    expect(copy.courseVersion.modules[0]!.lessons.map((lesson) => lesson.files)).toEqual([[], []]);
  });

  it('refuses to export a version whose lesson files exceed the package limit, with FILE_TOO_LARGE', async () => {
    const em = t.em();
    const g = given(em);
    const trainer = await g.user({ institution: home, roles: [Role.TRAINER] });
    const big = await givenCourse(em, { institution: home, author: trainer });
    const storage = t.app.get<FileStorage>(FILE_STORAGE);
    const part = Math.ceil(MAX_PACKAGE_FILE_BYTES / 4) + 1;
    const keys = [0, 1, 2, 3].map(() => storedFileKey('lesson-files'));
    try {
      for (const [position, key] of keys.entries()) {
        await storage.put(key, Buffer.alloc(part), { contentType: 'application/pdf', size: part });
        const file = new StoredFile({
          key,
          originalName: `part-${position}.pdf`,
          contentType: 'application/pdf',
          size: part,
          createdById: trainer.id,
          institutionId: home.id,
        });
        em.persist([file, new LessonFile(big.lesson, file, position)]);
      }
      await em.flush();
      const client = await t.client().signIn(trainer.email, TEST_PASSWORD);
      const response = await send(client, 'GET', `/packages/${big.version.id}`);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        code: 'FILE_TOO_LARGE',
        maxBytes: MAX_PACKAGE_FILE_BYTES,
        size: part * 4,
      });
    } finally {
      await Promise.all(keys.map((key) => storage.delete(key)));
    }
  });

  it('does not let a trainer of another institution export a draft, nor a learner or a stranger import', async () => {
    const leak = await send(foreign, 'GET', `/packages/${course.version.id}`);
    expect(leak.statusCode).toBe(403);
    expect((leak.json() as { code: string }).code).toBe('FORBIDDEN');
    expect(leak.rawPayload.includes(PDF)).toBe(false);
    expect((await send(null, 'GET', `/packages/${course.version.id}`)).statusCode).toBe(401);

    const body = Buffer.from(JSON.stringify(await exportPackage()));
    const courses = await awayCourses();
    const asLearner = await importInto(learner, away, body);
    expect(asLearner.statusCode).toBe(403);
    expect((asLearner.json() as { code: string }).code).toBe('FORBIDDEN');
    const intoHome = await importInto(foreign, home, body);
    expect(intoHome.statusCode).toBe(403);
    expect((await importInto(null, away, body)).statusCode).toBe(401);
    expect(await awayCourses()).toBe(courses);
  });
});
