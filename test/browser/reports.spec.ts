import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, DEMO, expectAccessible, gql, launch, signIn } from './support/journey';

/**
 * The reporting dashboard: a platform admin builds "completion rate by sex × institution", sees it as a chart and as
 * a table, and the address reproduces the view after a reload (so it can be shared). An institution admin sees only
 * their own institution, even when a shared address names another one.
 */
const PLATFORM_ADMIN = 'admin@parity.demo';
// Kept out of git (tmp/); docs/images/reports-dashboard.png is a copy of one run's.
const SCREENSHOTS = join(__dirname, '../../tmp/screenshots');

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (
    await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } })
  ).newPage();
  await signIn(page, email);
  return page;
}

const caption = (page: Page) => page.locator('table.report-table caption');
/** The measure's label comes from the server ("Completion rate (%)"); the dimensions' from the page. */
const SEX_BY_INSTITUTION = /^Completion rate\b.* by Sex and Institution$/;
/**
 * Waits until the page shows the report of its current address: the download links follow the address in the same
 * update that starts the query, and the result area is busy until the answer arrives.
 */
async function settled(page: Page, param: string): Promise<void> {
  await page.locator(`a[href*="${param}"]`).first().waitFor({ state: 'attached' });
  await page.locator('.reports__result[aria-busy="false"]').waitFor();
}
const rowHeaders = (page: Page) => page.locator('table.report-table tbody th[scope="row"]').allInnerTexts();

describe('reports: sex-disaggregated figures as a chart and a table, kept in the address', () => {
  let browser: Browser;
  let admin: Page;

  beforeAll(async () => {
    browser = await launch();
    admin = await signedIn(browser, PLATFORM_ADMIN);
  });
  afterAll(() => browser.close());

  it('builds completion rate by sex × institution from the admin navigation', async () => {
    await admin
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Reports', exact: true })
      .click();
    await admin.getByRole('heading', { name: 'Reports', level: 1 }).waitFor();
    await admin.getByLabel('Measure').selectOption({ label: 'Completion rate' });
    await admin.getByLabel('Rows').selectOption({ label: 'Sex' });
    await admin.getByLabel('Columns', { exact: true }).selectOption({ label: 'Institution' });
    await admin.getByRole('checkbox', { name: 'Military' }).check();
    await admin.waitForURL((url) => url.searchParams.get('columns') === 'INSTITUTION');
    await admin.waitForURL((url) => url.searchParams.get('staffCategories') === 'MILITARY');
    await settled(admin, 'staffCategories=MILITARY');
    await caption(admin).filter({ hasText: SEX_BY_INSTITUTION }).waitFor();

    const url = new URL(admin.url());
    expect(url.pathname).toBe('/admin/reports');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      measure: 'COMPLETION_RATE',
      rows: 'SEX',
      columns: 'INSTITUTION',
      staffCategories: 'MILITARY',
    });
    const chart = admin.locator('[role="img"].report-chart');
    expect(await chart.getAttribute('aria-label')).toMatch(
      /^Bar chart of Completion rate\b.* by Sex and Institution, groups: \d+/,
    );
    await chart.locator('svg').first().waitFor();
    expect(await rowHeaders(admin)).toEqual(expect.arrayContaining(['Women', 'Men']));
    const figures = await admin.locator('table.report-table td').allInnerTexts();
    expect(figures.some((text) => /\d/.test(text))).toBe(true);
    await admin.getByRole('heading', { name: 'Why some figures are hidden', level: 2 }).waitFor();
  });

  it('shows the same view again when the address is reloaded, and passes axe', async () => {
    const before = await admin.locator('table.report-table').innerText();
    await admin.reload();
    await settled(admin, 'staffCategories=MILITARY');
    await caption(admin).filter({ hasText: SEX_BY_INSTITUTION }).waitFor();
    expect(await admin.getByLabel('Measure').inputValue()).toBe('COMPLETION_RATE');
    expect(await admin.getByLabel('Columns', { exact: true }).inputValue()).toBe('INSTITUTION');
    expect(await admin.getByRole('checkbox', { name: 'Military' }).isChecked()).toBe(true);
    expect(await admin.locator('table.report-table').innerText()).toBe(before);
    await admin.locator('[role="img"].report-chart svg').first().waitFor();
    await expectAccessible(admin);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await admin.screenshot({ path: join(SCREENSHOTS, 'reports-dashboard.png'), fullPage: true });
  });

  it('offers the same report as a CSV download, in the reader’s language', async () => {
    const href = await admin.getByRole('link', { name: 'CSV' }).getAttribute('href');
    const link = new URL(href ?? '', BASE_URL);
    expect(link.pathname).toBe('/reports/export.csv');
    expect(Object.fromEntries(link.searchParams)).toEqual({
      measure: 'COMPLETION_RATE',
      dimensions: 'SEX,INSTITUTION',
      staffCategories: 'MILITARY',
      locale: 'en',
    });
    const response = await admin.request.get(link.toString());
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/csv');
  });

  it('shows an institution admin only their own institution, ignoring another one named in the address', async () => {
    const { institutions } = await gql<{ institutions: { id: string; shortName: string }[] }>(
      admin,
      `{ institutions { id shortName } }`,
    );
    const other = institutions.find((institution) => institution.shortName === 'SEESAC');
    const own = await signedIn(browser, DEMO.admin);
    await own.goto(
      `${BASE_URL}/admin/reports?measure=ENROLMENTS&rows=INSTITUTION&institutionIds=${other?.id}`,
    );
    await own.getByRole('heading', { name: 'Reports', level: 1 }).waitFor();
    await own.getByRole('heading', { name: 'Privacy threshold', level: 2 }).waitFor();
    await own.locator('table.report-table caption, .reports__result p.card').first().waitFor();
    expect(await own.getByRole('alert').count()).toBe(0);
    expect(await own.getByLabel('Institution', { exact: true }).count()).toBe(0);
    const institutionsShown = await rowHeaders(own);
    expect(institutionsShown.filter((name) => name !== 'Ministry of Defence of Montenegro')).toEqual([]);
    await expectAccessible(own);
  });
});
