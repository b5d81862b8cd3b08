import type { Browser, BrowserContext, Page } from 'playwright-core';
import { XSS_PAYLOADS } from '../../libs/curriculum/src/content/xss-payloads';
import { accessibilityViolations, BASE_URL, launch } from './browser';

const TRAINER = { email: 'trainer@parity.demo', password: 'parity-demo-2026' };

async function signIn(page: Page): Promise<void> {
  await page.goto(`${BASE_URL}/login`);
  await page.getByLabel('Email').fill(TRAINER.email);
  await page.getByLabel('Password').fill(TRAINER.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** Calls the API from the page, with the page's session cookie. */
async function gql<T>(page: Page, query: string, variables: Record<string, unknown>): Promise<T> {
  const result = (await page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return response.json();
    },
    { query, variables },
  )) as { data?: unknown; errors?: unknown };
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data as T;
}

describe('the trainer studio', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    browser = await launch();
    context = await browser.newContext();
    page = await context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await signIn(page);
  });
  afterAll(() => browser.close());

  const expectAccessible = async () => expect(await accessibilityViolations(page)).toEqual([]);

  it('creates a course and a lesson, translates the lesson, and submits the version for review', async () => {
    await page.getByRole('link', { name: 'Studio' }).first().click();
    await page.getByRole('heading', { name: 'Courses', level: 1 }).waitFor();
    await expectAccessible();
    await page.getByRole('button', { name: 'New course' }).first().click();
    await page.getByLabel('Title', { exact: true }).fill('Gender-sensitive leadership');
    await expectAccessible();
    await page.getByRole('button', { name: 'Create course' }).click();
    await page.getByRole('button', { name: 'Add module' }).waitFor();
    await expectAccessible();
    await page.getByRole('button', { name: 'Add module' }).click();
    await page.getByRole('button', { name: 'Add lesson' }).first().click();
    await page
      .getByRole('link', { name: /Lesson 1/ })
      .first()
      .click();

    await page.getByLabel('Lesson title').waitFor();
    await page.getByLabel('Translate into').selectOption('en');
    await page.getByLabel('Lesson title').fill('Leading mixed teams');
    await page.getByRole('textbox', { name: 'Lesson text' }).fill('Mixed teams decide better.');
    await page.getByText('Saved', { exact: true }).waitFor({ timeout: 15_000 });
    await expectAccessible();

    await page.getByLabel('Translate into').selectOption('sr-Latn');
    await page.getByLabel('Lesson title').fill('Vođenje mešovitih timova');
    await page.getByRole('textbox', { name: 'Lesson text' }).fill('Mešoviti timovi bolje odlučuju.');
    await page.getByText('Saved', { exact: true }).waitFor({ timeout: 15_000 });

    await page.getByRole('link', { name: 'Back to the course' }).click();
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByText('Submitted for review.').waitFor();
    await expectAccessible();
  });

  it(`renders ${XSS_PAYLOADS.length} stored XSS payloads in lesson bodies without running any script`, async () => {
    const me = await gql<{ me: { institution: { id: string } } }>(page, `{ me { institution { id } } }`, {});
    const created = await gql<{ createCourse: { id: string; draft: { id: string } } }>(
      page,
      `mutation($input: CreateCourseInput!) { createCourse(input: $input) { id draft { id } } }`,
      {
        input: {
          institutionId: me.me.institution.id,
          defaultLocale: 'en',
          title: [{ locale: 'en', text: '<img src=x onerror="window.__xss=1">XSS' }],
        },
      },
    );
    const module = await gql<{ addModule: { id: string } }>(
      page,
      `mutation($v: ID!) { addModule(versionId: $v, input: { title: [{ locale: "en", text: "<script>window.__xss=1</script>" }] }) { id } }`,
      { v: created.createCourse.draft.id },
    );
    const lessonIds: string[] = [];
    for (let i = 0; i < XSS_PAYLOADS.length; i += 40) {
      const body = XSS_PAYLOADS.slice(i, i + 40).join('\n');
      const lesson = await gql<{ addLesson: { id: string } }>(
        page,
        `mutation($m: ID!, $input: LessonInput!) { addLesson(moduleId: $m, input: $input) { id } }`,
        {
          m: module.addModule.id,
          input: {
            title: [{ locale: 'en', text: XSS_PAYLOADS[i] }],
            body: [
              { locale: 'en', text: body },
              { locale: 'sr-Latn', text: body },
            ],
          },
        },
      );
      lessonIds.push(lesson.addLesson.id);
    }
    await page.goto(`${BASE_URL}/studio/courses/${created.createCourse.id}`);
    await page.getByRole('button', { name: 'Add module' }).waitFor();
    for (const lessonId of lessonIds) {
      await page.goto(`${BASE_URL}/studio/courses/${created.createCourse.id}/lessons/${lessonId}`);
      await page.getByLabel('Lesson title').waitFor();
      await page.waitForTimeout(150);
      expect(await page.evaluate(() => (globalThis as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    }
    expect(dialogs).toEqual([]);
  });
});
