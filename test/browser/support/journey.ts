import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

export const BASE_URL = process.env['BASE_URL'] ?? 'http://127.0.0.1:3000';

/** The demo people `db:seed` loads, all with the same password. */
export const DEMO_PASSWORD = 'parity-demo-2026';
export const DEMO = {
  admin: 'hr.admin@parity.demo',
  trainer: 'trainer@parity.demo',
  learner: 'learner@parity.demo',
} as const;

/** Debian's Chromium, headless, with the flags this machine's closed network needs. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface Journey {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** The message of every dialog (alert, confirm) the page opened, in order. */
  dialogs: string[];
}

/**
 * A browser with one fresh page for a journey: dialogs are recorded and dismissed (or accepted), and the page is
 * signed in as `signInAs` when given. Close it with `journey.browser.close()`.
 */
export async function openJourney(
  options: { signInAs?: string; dialogs?: 'dismiss' | 'accept' } = {},
): Promise<Journey> {
  const browser = await launch();
  const context = await browser.newContext();
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void (options.dialogs === 'accept' ? dialog.accept() : dialog.dismiss());
  });
  if (options.signInAs) await signIn(page, options.signInAs);
  return { browser, context, page, dialogs };
}

/** Signs in through the sign-in page and waits until the app shows the signed-in layout. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${BASE_URL}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** Calls the API from the page, with the page's session cookie; fails on any GraphQL error. */
export async function gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
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

/**
 * Creates a course with one module through the API, as the signed-in trainer, in the trainer's institution
 * (English texts); returns the ids the studio's pages need.
 */
export async function createCourseWithModule(
  page: Page,
  titles: { course: string; module: string },
): Promise<{ courseId: string; draftId: string; moduleId: string }> {
  const { me } = await gql<{ me: { institution: { id: string } } }>(page, `{ me { institution { id } } }`);
  const { createCourse } = await gql<{ createCourse: { id: string; draft: { id: string } } }>(
    page,
    `mutation($input: CreateCourseInput!) { createCourse(input: $input) { id draft { id } } }`,
    {
      input: {
        institutionId: me.institution.id,
        defaultLocale: 'en',
        title: [{ locale: 'en', text: titles.course }],
      },
    },
  );
  const { addModule } = await gql<{ addModule: { id: string } }>(
    page,
    `mutation($v: ID!, $input: ModuleInput!) { addModule(versionId: $v, input: $input) { id } }`,
    { v: createCourse.draft.id, input: { title: [{ locale: 'en', text: titles.module }] } },
  );
  return { courseId: createCourse.id, draftId: createCourse.draft.id, moduleId: addModule.id };
}

/** Runs axe (WCAG 2.1 A and AA rules) on the page and returns the violations, readable in a failure message. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/** Fails the test with the list of violations when axe finds any on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  expect(await accessibilityViolations(page)).toEqual([]);
}
