import type { Browser, Page } from 'playwright-core';
import { XSS_PAYLOADS } from '../../libs/curriculum/src/content/xss-payloads';
import {
  BASE_URL,
  createCourseWithModule,
  DEMO,
  expectAccessible,
  gql,
  openJourney,
} from './support/journey';

describe('the trainer studio', () => {
  let browser: Browser;
  let page: Page;
  let dialogs: string[] = [];

  beforeAll(async () => {
    ({ browser, page, dialogs } = await openJourney({ signInAs: DEMO.trainer }));
  });
  afterAll(() => browser.close());

  it('creates a course and a lesson, translates the lesson, and submits the version for review', async () => {
    await page.getByRole('link', { name: 'Studio' }).first().click();
    await page.getByRole('heading', { name: 'Courses', level: 1 }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'New course' }).first().click();
    await page.getByLabel('Title', { exact: true }).fill('Gender-sensitive leadership');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Create course' }).click();
    await page.getByRole('button', { name: 'Add module' }).waitFor();
    await expectAccessible(page);
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
    await expectAccessible(page);

    await page.getByLabel('Translate into').selectOption('sr-Latn');
    await page.getByLabel('Lesson title').fill('Vođenje mešovitih timova');
    await page.getByRole('textbox', { name: 'Lesson text' }).fill('Mešoviti timovi bolje odlučuju.');
    await page.getByText('Saved', { exact: true }).waitFor({ timeout: 15_000 });

    await page.getByRole('link', { name: 'Back to the course' }).click();
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByText('Submitted for review.').waitFor();
    await expectAccessible(page);
  });

  it(`renders ${XSS_PAYLOADS.length} stored XSS payloads in lesson bodies without running any script`, async () => {
    const created = await createCourseWithModule(page, {
      course: '<img src=x onerror="window.__xss=1">XSS',
      module: '<script>window.__xss=1</script>',
    });
    const lessonIds: string[] = [];
    for (let i = 0; i < XSS_PAYLOADS.length; i += 40) {
      const body = XSS_PAYLOADS.slice(i, i + 40).join('\n');
      const lesson = await gql<{ addLesson: { id: string } }>(
        page,
        `mutation($m: ID!, $input: LessonInput!) { addLesson(moduleId: $m, input: $input) { id } }`,
        {
          m: created.moduleId,
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
    await page.goto(`${BASE_URL}/studio/courses/${created.courseId}`);
    await page.getByRole('button', { name: 'Add module' }).waitFor();
    for (const lessonId of lessonIds) {
      await page.goto(`${BASE_URL}/studio/courses/${created.courseId}/lessons/${lessonId}`);
      await page.getByLabel('Lesson title').waitFor();
      await page.waitForTimeout(150);
      expect(await page.evaluate(() => (globalThis as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    }
    expect(dialogs).toEqual([]);
  });
});
