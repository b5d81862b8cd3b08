import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, DEMO, DEMO_PASSWORD, expectAccessible, launch, signIn } from './support/journey';

/**
 * Two reminders written straight into the learner's notification centre (as the reminder sweep would), so the
 * journey does not wait for a sweep: one due soon, one overdue, both about the learner's mandatory enrolment.
 */
async function giveLearnerTwoReminders(): Promise<{ enrolmentId: string; titles: string[] }> {
  const db = new Client({ connectionString: process.env['DATABASE_URL'] });
  await db.connect();
  try {
    const { rows } = await db.query<{ user_id: string; enrolment_id: string }>(
      `select u.id as user_id, e.id as enrolment_id
         from user_account u join enrolment e on e.user_id = u.id
        where u.email = $1 and e.status = 'active'
        order by e.mandatory desc, e.created_at
        limit 1`,
      [DEMO.learner],
    );
    const row = rows[0];
    if (!row) throw new Error('the demo learner has no active enrolment');
    // Whatever a sweep wrote already is read: the bell then counts exactly the two written here.
    await db.query(`update notification set read_at = now() where user_id = $1 and read_at is null`, [
      row.user_id,
    ]);
    const cycle = `browser-${randomUUID().slice(0, 8)}`;
    const day = 86_400_000;
    const courseTitle = { en: `Gender perspectives in planning ${cycle}` };
    const reminders = [
      { kind: 'overdue', dueAt: new Date(Date.now() - 2 * day), ageMinutes: 90 },
      { kind: 'due_soon', dueAt: new Date(Date.now() + 3 * day), ageMinutes: 5 },
    ];
    for (const reminder of reminders) {
      await db.query(
        `insert into notification
           (id, created_at, user_id, kind, target_id, cycle, params, mandatory, status, in_app, delivered_at)
         values ($1, now() - make_interval(mins => $2), $3, $4, $5, $6, $7, true, 'delivered', true, now())`,
        [
          randomUUID(),
          reminder.ageMinutes,
          row.user_id,
          reminder.kind,
          row.enrolment_id,
          cycle,
          JSON.stringify({ courseTitle, dueAt: reminder.dueAt.toISOString(), mandatory: true }),
        ],
      );
    }
    return { enrolmentId: row.enrolment_id, titles: [courseTitle.en] };
  } finally {
    await db.end();
  }
}

const bell = (page: Page) => page.getByRole('banner').getByRole('link', { name: /^Notifications/ });

describe('notifications: the bell, the notification centre and the settings (axe on every page)', () => {
  let browser: Browser;
  let page: Page;
  let enrolmentId: string;
  let courseTitle: string;

  beforeAll(async () => {
    const given = await giveLearnerTwoReminders();
    enrolmentId = given.enrolmentId;
    courseTitle = given.titles[0] ?? '';
    browser = await launch();
    page = await (await browser.newContext()).newPage();
    await signIn(page, DEMO.learner);
  });
  afterAll(() => browser.close());

  it('shows the unread count on the bell, in its name and its badge', async () => {
    await page.goto(`${BASE_URL}/`);
    await page.getByRole('link', { name: 'Notifications, 2 unread' }).waitFor();
    expect(await page.locator('.bell__badge').innerText()).toBe('2');
  });

  it('lists both reminders in the centre, unread and mandatory, newest first', async () => {
    await bell(page).click();
    await page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    const items = page.locator('.notification', { hasText: courseTitle });
    await items.first().waitFor();
    expect(await items.count()).toBe(2);
    const first = items.nth(0);
    expect(await first.getByRole('link').innerText()).toMatch(/Due in .*Gender perspectives in planning/);
    expect(await first.getByRole('link').textContent()).toContain('Unread:');
    expect(await first.innerText()).toContain('Mandatory');
    expect(await items.nth(1).getByRole('link').innerText()).toMatch(/Gender perspectives in planning/);
    await expectAccessible(page);
  });

  it('marks a reminder read when it is opened and lands on the enrolment', async () => {
    await page.locator('.notification', { hasText: courseTitle }).first().getByRole('link').click();
    await page.waitForURL(`${BASE_URL}/learn/enrolments/${enrolmentId}`);
    await page.getByRole('link', { name: 'Notifications, 1 unread' }).waitFor();
  });

  it('marks all read: nothing unread is left and the bell says so', async () => {
    await bell(page).click();
    await page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Mark all as read' }).click();
    await page.getByText('All notifications are marked as read.').waitFor();
    await page.getByRole('link', { name: 'Notifications', exact: true }).waitFor();
    expect(await page.locator('.notification--unread').count()).toBe(0);

    await page.getByLabel('Show unread only').check();
    await page.waitForURL((url) => url.searchParams.get('unread') === '1');
    await page.getByText("You're all caught up.").waitFor();
    await expectAccessible(page);
  });

  it('keeps e-mail choices and quiet hours after saving and reloading', async () => {
    await page.getByRole('link', { name: 'Notification settings' }).click();
    await page.getByRole('heading', { name: 'Notification settings', level: 1 }).waitFor();
    const dueSoon = page.getByRole('group', { name: 'Due soon', exact: true });
    await dueSoon.waitFor();
    await expectAccessible(page);

    await dueSoon.getByLabel('E-mail').uncheck();
    await page.getByLabel('No quiet hours').uncheck();
    await page.getByLabel('From').fill('22:00');
    await page.getByLabel('Until').fill('07:00');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Your notification settings are saved.').waitFor();

    await page.reload();
    await page.getByRole('group', { name: 'Due soon', exact: true }).waitFor();
    expect(
      await page.getByRole('group', { name: 'Due soon', exact: true }).getByLabel('E-mail').isChecked(),
    ).toBe(false);
    expect(
      await page.getByRole('group', { name: 'Due soon', exact: true }).getByLabel('In the app').isChecked(),
    ).toBe(true);
    expect(
      await page.getByRole('group', { name: 'Overdue', exact: true }).getByLabel('E-mail').isChecked(),
    ).toBe(true);
    expect(await page.getByLabel('No quiet hours').isChecked()).toBe(false);
    expect(await page.getByLabel('From').inputValue()).toBe('22:00');
    expect(await page.getByLabel('Until').inputValue()).toBe('07:00');
    await expectAccessible(page);
  });

  it('opens the settings straight from an e-mail link, through sign-in', async () => {
    const fresh = await (await browser.newContext()).newPage();
    await fresh.goto(`${BASE_URL}/notifications/settings`);
    await fresh.waitForURL((url) => url.pathname === '/login');
    await fresh.getByLabel('Email').fill(DEMO.learner);
    await fresh.getByLabel('Password').fill(DEMO_PASSWORD);
    await fresh.getByRole('button', { name: 'Sign in' }).click();
    await fresh.waitForURL(`${BASE_URL}/notifications/settings`);
    await fresh.getByRole('heading', { name: 'Notification settings', level: 1 }).waitFor();
    await fresh.context().close();
  });
});
