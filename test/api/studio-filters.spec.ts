import { Role } from '@parity/identity';
import { given, TEST_PASSWORD } from '@parity/shared/testing';
import { TestApp, type ApiClient } from '../support/test-app';

const T = (entries: Record<string, string>) =>
  Object.entries(entries).map(([locale, text]) => ({ locale, text }));

interface CoursePage {
  courses: {
    nodes: { id: string }[];
    totalCount: number;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
}

const COURSES = `query($search: String, $status: VersionStatus, $locale: String, $visibility: CourseVisibility, $first: Int, $after: String) {
  courses(search: $search, status: $status, locale: $locale, visibility: $visibility, first: $first, after: $after) {
    nodes { id } totalCount pageInfo { endCursor hasNextPage }
  }
}`;

const COURSE = `query($id: ID!) { course(id: $id) {
  id rev archivedAt selfEnrolment completionMinimumMinutes
  published { id status snapshotHash }
  changes { action }
} }`;

interface CourseView {
  course: {
    id: string;
    rev: number;
    archivedAt: string | null;
    selfEnrolment: boolean;
    completionMinimumMinutes: number | null;
    published: { id: string; status: string; snapshotHash: string } | null;
    changes: { action: string }[];
  };
}

describe('studio courses: filters, archiving and course settings', () => {
  let t: TestApp;
  let author: ApiClient;
  let reviewer: ApiClient;
  let stranger: ApiClient;
  /** Every course of this spec has this word in its title, so other specs' courses never disturb the counts. */
  const word = `Filterable${Date.now().toString(36)}`;
  const ids = { draft: '', review: '', published: '', archived: '' };

  async function create(
    title: Record<string, string>,
    defaultLocale: string,
    visibility: string,
  ): Promise<{ id: string; draftId: string }> {
    const created = await author.ok<{ createCourse: { id: string; draft: { id: string } } }>(
      `mutation($input: CreateCourseInput!) { createCourse(input: $input) { id draft { id } } }`,
      {
        input: {
          institutionId: homeId,
          defaultLocale,
          visibility,
          title: T(Object.fromEntries(Object.entries(title).map(([l, text]) => [l, `${word} ${text}`]))),
        },
      },
    );
    return { id: created.createCourse.id, draftId: created.createCourse.draft.id };
  }

  async function withLesson(versionId: string, texts: Record<string, string>): Promise<void> {
    const module = await author.ok<{ addModule: { id: string } }>(
      `mutation($v: ID!, $input: ModuleInput!) { addModule(versionId: $v, input: $input) { id } }`,
      { v: versionId, input: { title: T(texts) } },
    );
    await author.ok(
      `mutation($m: ID!, $input: LessonInput!) { addLesson(moduleId: $m, input: $input) { id } }`,
      {
        m: module.addModule.id,
        input: {
          title: T(texts),
          body: T(Object.fromEntries(Object.entries(texts).map(([l, text]) => [l, `<p>${text}</p>`]))),
        },
      },
    );
  }

  const submit = (id: string) => author.ok(`mutation($id: ID!) { submitVersion(id: $id) { id } }`, { id });

  async function list(filters: Record<string, unknown>, client = author): Promise<CoursePage['courses']> {
    return (await client.ok<CoursePage>(COURSES, { search: word, first: 50, ...filters })).courses;
  }
  const idsOf = async (filters: Record<string, unknown>) =>
    (await list(filters)).nodes.map((node) => node.id).sort();

  let homeId = '';

  beforeAll(async () => {
    t = await TestApp.start();
    const g = given(t.em());
    const home = await g.institution();
    const away = await g.institution();
    homeId = home.id;
    const users = {
      author: await g.user({ institution: home, roles: [Role.TRAINER] }),
      reviewer: await g.user({ institution: home, roles: [Role.TRAINER] }),
      stranger: await g.user({ institution: away, roles: [Role.TRAINER] }),
    };
    author = await t.client().signIn(users.author.email, TEST_PASSWORD);
    reviewer = await t.client().signIn(users.reviewer.email, TEST_PASSWORD);
    stranger = await t.client().signIn(users.stranger.email, TEST_PASSWORD);

    // Created oldest first: draft, review, published, archived (the list is newest first).
    ids.draft = (await create({ en: 'Draft in English' }, 'en', 'REGIONAL')).id;

    const review = await create({ mk: 'Во преглед', en: 'In review' }, 'mk', 'INSTITUTION');
    await withLesson(review.draftId, { en: 'Lesson' });
    await submit(review.draftId);
    ids.review = review.id;

    const published = await create({ en: 'Published', 'sr-Latn': 'Objavljen' }, 'en', 'PUBLIC');
    await withLesson(published.draftId, { en: 'Lesson', 'sr-Latn': 'Lekcija' });
    await submit(published.draftId);
    await reviewer.ok(`mutation($id: ID!) { approveVersion(id: $id) { id } }`, { id: published.draftId });
    ids.published = published.id;

    const archived = await create({ en: 'Archived draft' }, 'en', 'REGIONAL');
    await author.ok(`mutation($id: ID!) { archiveCourse(id: $id) { id } }`, { id: archived.id });
    ids.archived = archived.id;
  });
  afterAll(() => t.close());

  describe('courses(status, locale, visibility)', () => {
    it('filters by the status of the latest version, and archived courses only under ARCHIVED', async () => {
      expect(await idsOf({})).toEqual(Object.values(ids).sort());
      expect(await idsOf({ status: 'DRAFT' })).toEqual([ids.draft]);
      expect(await idsOf({ status: 'IN_REVIEW' })).toEqual([ids.review]);
      expect(await idsOf({ status: 'PUBLISHED' })).toEqual([ids.published]);
      expect(await idsOf({ status: 'ARCHIVED' })).toEqual([ids.archived]);
    });

    it('filters by a language the course is offered in: its default one or one its published version offers', async () => {
      expect(await idsOf({ locale: 'mk' })).toEqual([ids.review]);
      expect(await idsOf({ locale: 'sr-Cyrl' })).toEqual([ids.published]);
      expect(await idsOf({ locale: 'en' })).toEqual([ids.draft, ids.published, ids.archived].sort());
      expect(await idsOf({ locale: 'sq' })).toEqual([]);
      const invalid = await author.gql(COURSES, { search: word, locale: 'xx-Evil' });
      expect(invalid.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('filters by visibility, and combines every filter with the search', async () => {
      expect(await idsOf({ visibility: 'PUBLIC' })).toEqual([ids.published]);
      expect(await idsOf({ visibility: 'REGIONAL' })).toEqual([ids.draft, ids.archived].sort());
      expect(await idsOf({ visibility: 'REGIONAL', status: 'DRAFT', locale: 'en' })).toEqual([ids.draft]);
      expect(await idsOf({ visibility: 'PUBLIC', status: 'DRAFT' })).toEqual([]);
      expect(await idsOf({ search: `${word} Objavljen`, locale: 'sr-Latn' })).toEqual([ids.published]);
      expect(await idsOf({ search: 'no such course at all', visibility: 'PUBLIC' })).toEqual([]);
    });

    it('pages a filtered list by cursor, newest first, with the filtered total', async () => {
      const first = await list({ locale: 'en', first: 2 });
      expect(first.totalCount).toBe(3);
      expect(first.nodes.map((node) => node.id)).toEqual([ids.archived, ids.published]);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = await list({ locale: 'en', first: 2, after: first.pageInfo.endCursor });
      expect(second.nodes.map((node) => node.id)).toEqual([ids.draft]);
      expect(second.pageInfo.hasNextPage).toBe(false);
      expect(second.totalCount).toBe(3);
    });

    it('still shows another institution only published, shared courses, whatever the filters ask', async () => {
      const seen = await list({}, stranger);
      expect(seen.nodes.map((node) => node.id)).toEqual([ids.published]);
      expect((await list({ status: 'IN_REVIEW' }, stranger)).nodes).toEqual([]);
      expect((await list({ status: 'DRAFT' }, stranger)).nodes).toEqual([]);
    });
  });

  describe('archiveCourse and restoreCourse', () => {
    it('archives a published course, keeps its versions readable, logs both steps, and restores it', async () => {
      const before = (await author.ok<CourseView>(COURSE, { id: ids.published })).course;
      expect(before.archivedAt).toBeNull();
      const archived = await author.ok<{ archiveCourse: { archivedAt: string | null } }>(
        `mutation($id: ID!) { archiveCourse(id: $id) { archivedAt } }`,
        { id: ids.published },
      );
      expect(Date.parse(archived.archiveCourse.archivedAt ?? '')).not.toBeNaN();

      const again = await author.gql(`mutation($id: ID!) { archiveCourse(id: $id) { id } }`, {
        id: ids.published,
      });
      expect(again.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');

      const after = (await author.ok<CourseView>(COURSE, { id: ids.published })).course;
      expect(after.published).toEqual(before.published);
      const version = await author.ok<{ courseVersion: { snapshotHash: string } }>(
        `query($id: ID!) { courseVersion(id: $id) { snapshotHash } }`,
        { id: before.published?.id },
      );
      expect(version.courseVersion.snapshotHash).toBe(before.published?.snapshotHash);
      expect(await idsOf({ status: 'ARCHIVED' })).toEqual([ids.published, ids.archived].sort());
      expect(await idsOf({ status: 'PUBLISHED' })).toEqual([]);

      const restored = await reviewer.ok<{ restoreCourse: { archivedAt: string | null } }>(
        `mutation($id: ID!) { restoreCourse(id: $id) { archivedAt } }`,
        { id: ids.published },
      );
      expect(restored.restoreCourse.archivedAt).toBeNull();
      const notArchived = await reviewer.gql(`mutation($id: ID!) { restoreCourse(id: $id) { id } }`, {
        id: ids.published,
      });
      expect(notArchived.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
      expect(await idsOf({ status: 'PUBLISHED' })).toEqual([ids.published]);

      const log = (await author.ok<CourseView>(COURSE, { id: ids.published })).course.changes;
      expect(log.slice(0, 2).map((change) => change.action)).toEqual(['course.restored', 'course.archived']);
    });

    it('refuses a trainer of another institution, even for a course shared with them', async () => {
      const denied = await stranger.gql(`mutation($id: ID!) { archiveCourse(id: $id) { id } }`, {
        id: ids.published,
      });
      expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const course = (await author.ok<CourseView>(COURSE, { id: ids.published })).course;
      expect(course.archivedAt).toBeNull();
    });
  });

  describe('updateCourseSettings: self-enrolment and minimum minutes for completion', () => {
    const SAVE = `mutation($id: ID!, $input: CourseSettingsInput!) {
      updateCourseSettings(id: $id, input: $input) { rev selfEnrolment completionMinimumMinutes }
    }`;

    it('saves both with the revision check, and clears the minimum with null', async () => {
      const start = (await author.ok<CourseView>(COURSE, { id: ids.draft })).course;
      expect(start).toMatchObject({ selfEnrolment: true, completionMinimumMinutes: null });
      const saved = await author.ok<{
        updateCourseSettings: { rev: number; selfEnrolment: boolean; completionMinimumMinutes: number };
      }>(SAVE, {
        id: ids.draft,
        input: { expectedRev: start.rev, selfEnrolment: false, completionMinimumMinutes: 90 },
      });
      expect(saved.updateCourseSettings).toEqual({
        rev: start.rev + 1,
        selfEnrolment: false,
        completionMinimumMinutes: 90,
      });

      const stale = await author.gql(SAVE, {
        id: ids.draft,
        input: { expectedRev: start.rev, selfEnrolment: true },
      });
      expect(stale.errors?.[0]?.extensions).toMatchObject({
        code: 'EDIT_CONFLICT',
        currentRev: start.rev + 1,
      });

      const untouched = await author.ok<{
        updateCourseSettings: {
          rev: number;
          selfEnrolment: boolean;
          completionMinimumMinutes: number | null;
        };
      }>(SAVE, { id: ids.draft, input: { expectedRev: start.rev + 1, tags: ['wps'] } });
      expect(untouched.updateCourseSettings).toMatchObject({
        selfEnrolment: false,
        completionMinimumMinutes: 90,
      });

      const cleared = await author.ok<{
        updateCourseSettings: { completionMinimumMinutes: number | null; selfEnrolment: boolean };
      }>(SAVE, {
        id: ids.draft,
        input: { expectedRev: start.rev + 2, completionMinimumMinutes: null, selfEnrolment: true },
      });
      expect(cleared.updateCourseSettings).toMatchObject({
        completionMinimumMinutes: null,
        selfEnrolment: true,
      });

      const log = (await author.ok<CourseView>(COURSE, { id: ids.draft })).course.changes;
      expect(log.slice(0, 4).map((change) => change.action)).toEqual(
        Array(3).fill('course.settings-changed').concat(['course.created']),
      );
    });

    it.each([0, -5, 10_001])('rejects %d minutes as BAD_USER_INPUT and changes nothing', async (minutes) => {
      const before = (await author.ok<CourseView>(COURSE, { id: ids.review })).course;
      const result = await author.gql(SAVE, {
        id: ids.review,
        input: { expectedRev: before.rev, completionMinimumMinutes: minutes },
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const after = (await author.ok<CourseView>(COURSE, { id: ids.review })).course;
      expect(after).toMatchObject({ rev: before.rev, completionMinimumMinutes: null });
    });

    it('accepts the bounds 1 and 10000 minutes', async () => {
      const { rev } = (await author.ok<CourseView>(COURSE, { id: ids.review })).course;
      const low = await author.ok<{ updateCourseSettings: { completionMinimumMinutes: number } }>(SAVE, {
        id: ids.review,
        input: { expectedRev: rev, completionMinimumMinutes: 1 },
      });
      expect(low.updateCourseSettings.completionMinimumMinutes).toBe(1);
      const high = await author.ok<{ updateCourseSettings: { completionMinimumMinutes: number } }>(SAVE, {
        id: ids.review,
        input: { expectedRev: rev + 1, completionMinimumMinutes: 10_000 },
      });
      expect(high.updateCourseSettings.completionMinimumMinutes).toBe(10_000);
    });
  });
});
