import { Role } from '@parity/identity';
import { XSS_PAYLOADS } from '@parity/curriculum';
import { given, TEST_PASSWORD } from '@parity/shared/testing';
import { TestApp } from '../support/test-app';

/** What may never come back from a rich-text field: executable markup or script URLs in attributes. */
const DANGEROUS = [
  /<script/i,
  /<(svg|math|iframe|object|embed|style|form|base|meta|link)\b/i,
  /<[^>]*\son[a-z]+\s*=/i,
  /<[^>]*(href|src)\s*=\s*"?\s*(javascript|vbscript|data):/i,
];

describe('XSS payloads in every rich-text and name field come back inert', () => {
  it(`stores ${XSS_PAYLOADS.length} payloads as course, module and lesson texts; bodies come back sanitised, names as plain text`, async () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(200);
    const t = await TestApp.start();
    try {
      const g = given(t.em());
      const institution = await g.institution();
      const trainer = await t
        .client()
        .signIn((await g.user({ institution, roles: [Role.TRAINER] })).email, TEST_PASSWORD);
      const course = await trainer.ok<{ createCourse: { draft: { id: string } } }>(
        `mutation($input: CreateCourseInput!) { createCourse(input: $input) { draft { id } } }`,
        {
          input: {
            institutionId: institution.id,
            defaultLocale: 'en',
            title: [{ locale: 'en', text: 'XSS corpus' }],
          },
        },
      );
      const versionId = course.createCourse.draft.id;
      const module = await trainer.ok<{ addModule: { id: string } }>(
        `mutation($v: ID!) { addModule(versionId: $v, input: { title: [{ locale: "en", text: "M" }] }) { id } }`,
        {
          v: versionId,
        },
      );
      const chunks: string[][] = [];
      for (let i = 0; i < XSS_PAYLOADS.length; i += 8) chunks.push(XSS_PAYLOADS.slice(i, i + 8));
      const locales = ['en', 'bs', 'hr', 'sr-Latn', 'sr-Cyrl', 'cnr', 'mk', 'sq'];
      for (const chunk of chunks) {
        const texts = chunk.map((payload, i) => ({ locale: locales[i]!, text: payload }));
        await trainer.ok(
          `mutation($m: ID!, $input: LessonInput!) { addLesson(moduleId: $m, input: $input) { id } }`,
          {
            m: module.addModule.id,
            input: { title: texts, body: texts },
          },
        );
        await trainer.ok(
          `mutation($v: ID!, $input: ModuleInput!) { addModule(versionId: $v, input: $input) { id } }`,
          {
            v: versionId,
            input: { title: texts, summary: texts },
          },
        );
      }
      const view = await trainer.ok<{
        courseVersion: {
          modules: {
            title: { text: string }[];
            summary: { text: string }[];
            lessons: { title: { text: string }[]; body: { text: string }[] }[];
          }[];
        };
      }>(
        `query($id: ID!) { courseVersion(id: $id) { modules { title { text } summary { text } lessons { title { text } body { text } } } } }`,
        { id: versionId },
      );
      const bodies = view.courseVersion.modules
        .flatMap((m) => [...m.summary, ...m.lessons.flatMap((l) => l.body)])
        .map((x) => x.text);
      expect(bodies.length).toBeGreaterThan(XSS_PAYLOADS.length);
      const unsafe = bodies.filter((html) => DANGEROUS.some((pattern) => pattern.test(html)));
      expect(unsafe).toEqual([]);
      const names = view.courseVersion.modules
        .flatMap((m) => [...m.title, ...m.lessons.flatMap((l) => l.title)])
        .map((x) => x.text);
      expect(
        names.every((name) => typeof name === 'string' && [...name].every((char) => char.charCodeAt(0) > 8)),
      ).toBe(true);
    } finally {
      await t.close();
    }
  });
});
