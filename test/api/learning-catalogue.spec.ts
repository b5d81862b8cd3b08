import { randomUUID } from 'node:crypto';
import { CourseVisibility } from '@parity/curriculum';
import { Role, User, type Institution } from '@parity/identity';
import {
  given,
  givenPublishedCourse,
  TEST_PASSWORD,
  type PublishedCourseOptions,
} from '@parity/shared/testing';
import { TestApp, type ApiClient } from '../support/test-app';

const CATALOGUE = `query($search: String, $locale: String, $tag: String, $maxMinutes: Int, $first: Int, $after: String) {
  catalogue(search: $search, locale: $locale, tag: $tag, maxMinutes: $maxMinutes, first: $first, after: $after) {
    nodes { id title { text locale transliterated } summary { text } tags estimatedMinutes locales institutionName selfEnrolment myEnrolment { id status } }
    pageInfo { endCursor hasNextPage }
    totalCount
  } }`;

interface CatalogueNode {
  id: string;
  title: { text: string; locale: string; transliterated: boolean };
  locales: string[];
  institutionName: string;
  myEnrolment: { id: string; status: string } | null;
}
interface Catalogue {
  catalogue: {
    nodes: CatalogueNode[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    totalCount: number;
  };
}

describe('learning catalogue: what a learner may find, in their language', () => {
  let t: TestApp;
  let home: Institution;
  let away: Institution;
  let learner: ApiClient;
  const tag = `tag-${randomUUID().slice(0, 8)}`;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await TestApp.start();
    const g = given(t.em());
    home = await g.institution();
    away = await g.institution();
    const homeAuthor = await g.user({ institution: home, roles: [Role.TRAINER] });
    const awayAuthor = await g.user({ institution: away, roles: [Role.TRAINER] });
    const user = await g.user({ institution: home });
    await t.em().nativeUpdate(User, { id: user.id }, { locale: 'sr-Latn' });
    learner = await t.client().signIn(user.email, TEST_PASSWORD);
    const make = async (name: string, options: Partial<PublishedCourseOptions>, author = homeAuthor) => {
      const fixture = await givenPublishedCourse(t.em(), {
        institution: author.institution,
        author,
        tags: [tag],
        title: { en: `${name} course` },
        ...options,
      });
      ids[name] = fixture.course.id;
      return fixture;
    };
    await make('home-private', { estimatedMinutes: 30 });
    await make('away-private', {}, awayAuthor);
    await make('away-regional', { visibility: CourseVisibility.REGIONAL, estimatedMinutes: 90 }, awayAuthor);
    await make(
      'away-public',
      {
        visibility: CourseVisibility.PUBLIC,
        title: { 'sr-Cyrl': 'Родна равноправност', en: 'Gender equality' },
        locales: ['sr-Cyrl', 'en'],
        estimatedMinutes: 45,
      },
      awayAuthor,
    );
    const archived = await make('home-archived', {});
    await t.em().nativeUpdate('Course', { id: archived.course.id }, { archivedAt: new Date() });
    const draft = await make('home-draft', {});
    await t.em().nativeUpdate('Course', { id: draft.course.id }, { publishedVersionId: null });
  });
  afterAll(() => t.close());

  const list = (variables: Record<string, unknown>) =>
    learner.ok<Catalogue>(CATALOGUE, { tag, ...variables });
  const names = (data: Catalogue) =>
    data.catalogue.nodes.map((node) => Object.keys(ids).find((name) => ids[name] === node.id)).sort();

  it('shows own-institution courses and other institutions’ regional and public ones, published and not archived', async () => {
    const data = await list({});
    expect(names(data)).toEqual(['away-public', 'away-regional', 'home-private']);
    expect(data.catalogue.totalCount).toBe(3);
  });

  it('resolves texts to the learner’s language: Serbian Latin transliterated from Cyrillic', async () => {
    const data = await list({ search: 'Родна' });
    expect(data.catalogue.nodes).toHaveLength(1);
    expect(data.catalogue.nodes[0]!.title).toEqual({
      text: 'Rodna ravnopravnost',
      locale: 'sr-Latn',
      transliterated: true,
    });
    expect(data.catalogue.nodes[0]!.institutionName).toBe(away.name);
  });

  it('follows the interface language the client announces over the profile’s, and ignores a general browser one', async () => {
    try {
      learner.language = 'en';
      const english = await list({ search: 'Родна' });
      expect(english.catalogue.nodes[0]!.title).toEqual({
        text: 'Gender equality',
        locale: 'en',
        transliterated: false,
      });
      learner.language = 'en-US,en;q=0.9';
      const browser = await list({ search: 'Родна' });
      expect(browser.catalogue.nodes[0]!.title.locale).toBe('sr-Latn');
    } finally {
      learner.language = null;
    }
  });

  it('filters by search in any language, by locale and by duration', async () => {
    expect(names(await list({ search: 'gender equality' }))).toEqual(['away-public']);
    expect(names(await list({ locale: 'sr-Cyrl' }))).toEqual(['away-public']);
    expect(names(await list({ maxMinutes: 60 }))).toEqual(['away-public', 'home-private']);
    const unknown = await learner.gql(CATALOGUE, { tag, locale: 'xx' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('pages with a cursor without repeating or skipping a course', async () => {
    const first = await list({ first: 2 });
    expect(first.catalogue.nodes).toHaveLength(2);
    expect(first.catalogue.pageInfo.hasNextPage).toBe(true);
    const second = await list({ first: 2, after: first.catalogue.pageInfo.endCursor });
    expect(second.catalogue.nodes).toHaveLength(1);
    expect(second.catalogue.pageInfo.hasNextPage).toBe(false);
    const seen = [...first.catalogue.nodes, ...second.catalogue.nodes].map((node) => node.id);
    expect(new Set(seen).size).toBe(3);
  });

  it('answers NOT_FOUND for a course the learner may not see, and shows their enrolment on one they may', async () => {
    const hidden = await learner.gql(`query($id: ID!) { catalogueCourse(id: $id) { id } }`, {
      id: ids['away-private'],
    });
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await learner.ok(`mutation($c: ID!) { enrol(courseId: $c) { id } }`, { c: ids['away-public'] });
    const shown = await learner.ok<{ catalogueCourse: CatalogueNode }>(
      `query($id: ID!) { catalogueCourse(id: $id) { id myEnrolment { status } } }`,
      { id: ids['away-public'] },
    );
    expect(shown.catalogueCourse.myEnrolment).toEqual({ status: 'ACTIVE' });
    const blocked = await learner.gql(`mutation($c: ID!) { enrol(courseId: $c) { id } }`, {
      c: ids['away-private'],
    });
    expect(blocked.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
