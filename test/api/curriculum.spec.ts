import { Role, type Institution, type User } from '@parity/identity';
import { given, TEST_PASSWORD } from '@parity/shared/testing';
import { TestApp, type ApiClient } from '../support/test-app';

const T = (entries: Record<string, string>) =>
  Object.entries(entries).map(([locale, text]) => ({ locale, text }));

const OUTLINE = `query($id: ID!) { courseVersion(id: $id) {
  id number status rev locales snapshotHash
  title { locale text } summary { locale text }
  completeness { locale missing transliterated complete }
  modules { id position rev title { locale text } lessons { id position rev title { locale text } body { locale text } videoUrl } }
} }`;

interface Outline {
  courseVersion: {
    id: string;
    number: number;
    status: string;
    rev: number;
    locales: string[];
    snapshotHash: string | null;
    completeness: { locale: string; missing: number; transliterated: number; complete: boolean }[];
    modules: {
      id: string;
      position: number;
      rev: number;
      title: { locale: string; text: string }[];
      lessons: {
        id: string;
        rev: number;
        title: { locale: string; text: string }[];
        body: { locale: string; text: string }[];
      }[];
    }[];
  };
}

describe('curriculum authoring: a course from draft to published, and the next draft', () => {
  let t: TestApp;
  let home: Institution;
  let author: ApiClient;
  let reviewer: ApiClient;
  let authorUser: User;

  beforeAll(async () => {
    t = await TestApp.start();
    const g = given(t.em());
    home = await g.institution();
    authorUser = await g.user({ institution: home, roles: [Role.TRAINER] });
    const second = await g.user({ institution: home, roles: [Role.TRAINER] });
    author = await t.client().signIn(authorUser.email, TEST_PASSWORD);
    reviewer = await t.client().signIn(second.email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  async function newCourse(client = author): Promise<{ courseId: string; versionId: string }> {
    const created = await client.ok<{ createCourse: { id: string; draft: { id: string } } }>(
      `mutation($input: CreateCourseInput!) { createCourse(input: $input) { id draft { id } } }`,
      {
        input: {
          institutionId: home.id,
          defaultLocale: 'en',
          title: T({
            en: 'UNSCR 1325 and national action plans',
            'sr-Latn': 'Rezolucija 1325 i nacionalni akcioni planovi',
            mk: 'Резолуција 1325 и национални акциски планови',
          }),
          visibility: 'REGIONAL',
          tags: ['WPS', 'wps', 'security sector'],
        },
      },
    );
    return { courseId: created.createCourse.id, versionId: created.createCourse.draft.id };
  }

  async function addModule(versionId: string, title: Record<string, string>): Promise<string> {
    const result = await author.ok<{ addModule: { id: string } }>(
      `mutation($v: ID!, $input: ModuleInput!) { addModule(versionId: $v, input: $input) { id } }`,
      { v: versionId, input: { title: T(title) } },
    );
    return result.addModule.id;
  }

  async function addLesson(
    moduleId: string,
    title: Record<string, string>,
    body: Record<string, string>,
  ): Promise<{ id: string; rev: number }> {
    const result = await author.ok<{ addLesson: { id: string; rev: number } }>(
      `mutation($m: ID!, $input: LessonInput!) { addLesson(moduleId: $m, input: $input) { id rev } }`,
      { m: moduleId, input: { title: T(title), body: T(body), videoUrl: 'https://video.example/1325' } },
    );
    return result.addLesson;
  }

  const outline = async (versionId: string, client = author) =>
    (await client.ok<Outline>(OUTLINE, { id: versionId })).courseVersion;

  it('builds a course, counts what is missing per language, publishes it after a second trainer approves, and keeps v1 unchanged while v2 is edited', async () => {
    const { courseId, versionId } = await newCourse();
    const m1 = await addModule(versionId, {
      en: 'Women, Peace and Security',
      'sr-Latn': 'Žene, mir i bezbednost',
      mk: 'Жени, мир и безбедност',
    });
    const m2 = await addModule(versionId, {
      en: 'Gender in the armed forces',
      'sr-Latn': 'Rod u oružanim snagama',
      mk: 'Род во вооружените сили',
    });
    await addLesson(
      m1,
      { en: 'The resolution', 'sr-Latn': 'Rezolucija', mk: 'Резолуцијата' },
      { en: '<p>Adopted in 2000.</p>', 'sr-Latn': '<p>Usvojena 2000.</p>', mk: '<p>Усвоена во 2000.</p>' },
    );
    await addLesson(
      m2,
      { en: 'Recruitment', 'sr-Latn': 'Regrutacija', mk: 'Регрутирање' },
      { en: '<p>Equal access.</p>', 'sr-Latn': '<p>Jednak pristup.</p>' },
    );

    const draft = await outline(versionId);
    expect(draft.modules.map((m) => m.title.find((x) => x.locale === 'en')?.text)).toEqual([
      'Women, Peace and Security',
      'Gender in the armed forces',
    ]);
    const byLocale = Object.fromEntries(draft.completeness.map((row) => [row.locale, row]));
    expect(byLocale['en']).toMatchObject({ complete: true, missing: 0 });
    expect(byLocale['sr-Latn']).toMatchObject({ complete: true, missing: 0 });
    expect(byLocale['sr-Cyrl']).toMatchObject({ complete: true, missing: 0, transliterated: 7 });
    expect(byLocale['mk']).toMatchObject({ complete: false, missing: 1 });
    expect(byLocale['sq']).toMatchObject({ complete: false, missing: 7 });

    const submitted = await author.ok<{ submitVersion: { status: string } }>(
      `mutation($id: ID!) { submitVersion(id: $id) { status } }`,
      { id: versionId },
    );
    expect(submitted.submitVersion.status).toBe('IN_REVIEW');
    const self = await author.gql(`mutation($id: ID!) { approveVersion(id: $id) { status } }`, {
      id: versionId,
    });
    expect(self.errors?.[0]?.extensions?.code).toBe('SELF_APPROVAL');
    const approved = await reviewer.ok<{
      approveVersion: { status: string; locales: string[]; snapshotHash: string };
    }>(`mutation($id: ID!) { approveVersion(id: $id) { status locales snapshotHash } }`, { id: versionId });
    expect(approved.approveVersion.status).toBe('PUBLISHED');
    expect(approved.approveVersion.locales.sort()).toEqual(['en', 'sr-Cyrl', 'sr-Latn']);
    expect(approved.approveVersion.snapshotHash).toMatch(/^[0-9a-f]{64}$/);

    const v1Before = await outline(versionId);
    const lessonId = v1Before.modules[0]!.lessons[0]!.id;
    const frozen = await author.gql(
      `mutation($id: ID!) { updateLesson(id: $id, input: { expectedRev: 1, title: [{ locale: "en", text: "Changed" }] }) { id } }`,
      { id: lessonId },
    );
    expect(frozen.errors?.[0]?.extensions?.code).toBe('VERSION_NOT_EDITABLE');

    const v2 = await author.ok<{ createDraft: { id: string; number: number } }>(
      `mutation($id: ID!) { createDraft(courseId: $id) { id number } }`,
      { id: courseId },
    );
    expect(v2.createDraft.number).toBe(2);
    const v2Outline = await outline(v2.createDraft.id);
    const v2Lesson = v2Outline.modules[0]!.lessons[0]!;
    expect(v2Lesson.id).not.toBe(lessonId);
    await author.ok(
      `mutation($id: ID!, $rev: Int!) { updateLesson(id: $id, input: { expectedRev: $rev, body: [{ locale: "en", text: "<p>Rewritten for v2.</p>" }] }) { id } }`,
      {
        id: v2Lesson.id,
        rev: v2Lesson.rev,
      },
    );
    await author.ok(`mutation($id: ID!) { moveModule(id: $id, position: 0) { id } }`, {
      id: v2Outline.modules[1]!.id,
    });
    await author.ok(
      `mutation($v: ID!) { addModule(versionId: $v, input: { title: [{ locale: "en", text: "New in v2" }] }) { id } }`,
      { v: v2.createDraft.id },
    );

    const v1After = await outline(versionId);
    expect(JSON.stringify(v1After)).toBe(JSON.stringify(v1Before));
    const v2After = await outline(v2.createDraft.id);
    expect(v2After.modules.map((m) => m.title.find((x) => x.locale === 'en')?.text)).toEqual([
      'Gender in the armed forces',
      'Women, Peace and Security',
      'New in v2',
    ]);

    const course = await author.ok<{
      course: {
        published: { id: string };
        draft: { id: string };
        versions: { number: number; status: string }[];
        changes: { action: string; actor: { id: string } }[];
      };
    }>(
      `query($id: ID!) { course(id: $id) { published { id } draft { id } versions { number status } changes { action actor { id } } } }`,
      { id: courseId },
    );
    expect(course.course.published.id).toBe(versionId);
    expect(course.course.draft.id).toBe(v2.createDraft.id);
    expect(course.course.versions).toEqual([
      { number: 2, status: 'DRAFT' },
      { number: 1, status: 'PUBLISHED' },
    ]);
    const actions = course.course.changes.map((change) => change.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'course.created',
        'module.added',
        'lesson.added',
        'version.submitted',
        'version.published',
        'version.draft-created',
        'lesson.changed',
        'module.moved',
      ]),
    );
    expect(course.course.changes.find((c) => c.action === 'version.published')?.actor.id).not.toBe(
      authorUser.id,
    );
  });

  it('lets exactly one of two concurrent saves of a lesson win; the other gets EDIT_CONFLICT with the current revision', async () => {
    const { versionId } = await newCourse();
    const moduleId = await addModule(versionId, { en: 'Module' });
    const lesson = await addLesson(moduleId, { en: 'Lesson' }, { en: '<p>v1</p>' });
    const save = (text: string) =>
      author.gql<{ updateLesson: { rev: number } }>(
        `mutation($id: ID!, $rev: Int!, $body: [TranslationInput!]) { updateLesson(id: $id, input: { expectedRev: $rev, body: $body }) { rev } }`,
        {
          id: lesson.id,
          rev: lesson.rev,
          body: [{ locale: 'en', text }],
        },
      );
    const results = await Promise.all([save('<p>Ana’s edit</p>'), save('<p>Boris’s edit</p>')]);
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.errors?.[0]?.extensions).toMatchObject({
      code: 'EDIT_CONFLICT',
      currentRev: lesson.rev + 1,
    });
    expect(won[0]!.data?.updateLesson.rev).toBe(lesson.rev + 1);
  });

  it('refuses a draft that has no complete language, and edits by a trainer of another institution', async () => {
    const { versionId } = await newCourse();
    const moduleId = await addModule(versionId, { en: 'Only English title' });
    await addLesson(moduleId, { en: 'Lesson' }, {});
    await author.ok(
      `mutation($id: ID!) { updateVersionText(id: $id, input: { expectedRev: 1, title: [{ locale: "mk", text: "Само македонски" }] }) { id } }`,
      { id: versionId },
    );
    const none = await author.gql(`mutation($id: ID!) { submitVersion(id: $id) { status } }`, {
      id: versionId,
    });
    expect(none.errors?.[0]?.extensions?.code).toBe('NO_COMPLETE_LANGUAGE');

    const g = given(t.em());
    const away = await g.institution();
    const stranger = await t
      .client()
      .signIn((await g.user({ institution: away, roles: [Role.TRAINER] })).email, TEST_PASSWORD);
    const edit = await stranger.gql(
      `mutation($v: ID!) { addModule(versionId: $v, input: { title: [{ locale: "en", text: "Intruder" }] }) { id } }`,
      { v: versionId },
    );
    expect(edit.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const read = await stranger.gql(`query($id: ID!) { courseVersion(id: $id) { id } }`, { id: versionId });
    expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const learner = await t
      .client()
      .signIn((await g.user({ institution: home, roles: [Role.LEARNER] })).email, TEST_PASSWORD);
    const learnerRead = await learner.gql(OUTLINE, { id: versionId });
    expect(learnerRead.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await learner.gql(`{ courses { totalCount } }`)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('shows another institution’s trainer only the published versions of a regional course, never its draft or authors', async () => {
    const { courseId, versionId } = await newCourse();
    const moduleId = await addModule(versionId, { en: 'M' });
    await addLesson(moduleId, { en: 'L' }, { en: '<p>B</p>' });
    await author.ok(
      `mutation($id: ID!) { updateVersionText(id: $id, input: { expectedRev: 1, title: [{ locale: "en", text: "Shared course" }] }) { id } }`,
      { id: versionId },
    );
    await author.ok(`mutation($id: ID!) { submitVersion(id: $id) { id } }`, { id: versionId });
    await reviewer.ok(`mutation($id: ID!) { approveVersion(id: $id) { id } }`, { id: versionId });
    const v2 = await author.ok<{ createDraft: { id: string } }>(
      `mutation($id: ID!) { createDraft(courseId: $id) { id } }`,
      { id: courseId },
    );

    const g = given(t.em());
    const other = await t
      .client()
      .signIn(
        (await g.user({ institution: await g.institution(), roles: [Role.TRAINER] })).email,
        TEST_PASSWORD,
      );
    const seen = await other.ok<{
      course: {
        title: string;
        draft: unknown;
        authors: unknown[];
        versions: { id: string }[];
        changes: unknown[];
      };
    }>(
      `query($id: ID!) { course(id: $id) { title draft { id } authors { id } versions { id } changes { action } } }`,
      { id: courseId },
    );
    expect(seen.course).toEqual({
      title: 'Shared course',
      draft: null,
      authors: [],
      versions: [{ id: versionId }],
      changes: [],
    });
    const draft = await other.gql(`query($id: ID!) { courseVersion(id: $id) { id } }`, {
      id: v2.createDraft.id,
    });
    expect(draft.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = await other.ok<{ courses: { nodes: { id: string }[] } }>(
      `{ courses(search: "Shared course") { nodes { id } } }`,
    );
    expect(list.courses.nodes.map((n) => n.id)).toContain(courseId);
  });

  it('reorders lessons within and across modules, and keeps positions dense', async () => {
    const { versionId } = await newCourse();
    const a = await addModule(versionId, { en: 'A' });
    const b = await addModule(versionId, { en: 'B' });
    const l1 = await addLesson(a, { en: 'one' }, {});
    await addLesson(a, { en: 'two' }, {});
    await addLesson(a, { en: 'three' }, {});
    await author.ok(`mutation($id: ID!, $m: ID!) { moveLesson(id: $id, moduleId: $m, position: 2) { id } }`, {
      id: l1.id,
      m: a,
    });
    let view = await outline(versionId);
    expect(view.modules[0]!.lessons.map((l) => l.title[0]?.text)).toEqual(['two', 'three', 'one']);
    await author.ok(`mutation($id: ID!, $m: ID!) { moveLesson(id: $id, moduleId: $m, position: 0) { id } }`, {
      id: l1.id,
      m: b,
    });
    view = await outline(versionId);
    expect(view.modules.map((m) => m.lessons.map((l) => [l.title[0]?.text, l.id === l1.id]))).toEqual([
      [
        ['two', false],
        ['three', false],
      ],
      [['one', true]],
    ]);
    const positions = await t
      .em()
      .getConnection()
      .execute<
        { position: number }[]
      >(`select position from lesson where module_id = ? order by position`, [a]);
    expect(positions.map((row) => row.position)).toEqual([0, 1]);
  });
});
