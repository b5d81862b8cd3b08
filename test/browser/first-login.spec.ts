import type { Browser, Page } from 'playwright-core';
import { BASE_URL, DEMO, DEMO_PASSWORD, expectAccessible, openJourney } from './support/journey';

const ADMIN = { email: DEMO.admin, password: DEMO_PASSWORD };

describe('an admin creates a person, who then signs in (with an accessibility check on every page)', () => {
  let browser: Browser;
  let page: Page;
  const email = `new.person.${Date.now()}@parity.demo`;
  const password = 'my own long password';
  let invitationLink = '';

  beforeAll(async () => {
    ({ browser, page } = await openJourney());
  });
  afterAll(() => browser.close());

  it('shows the sign-in page, accessible, in English by default', async () => {
    await page.goto(`${BASE_URL}/login`);
    await page.getByLabel('Email').waitFor();
    await expectAccessible(page);
  });

  it('refuses a wrong password with a translated message', async () => {
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').first().waitFor();
    expect(await page.getByRole('alert').first().textContent()).not.toMatch(/INVALID_CREDENTIALS/);
  });

  it('signs the institution admin in', async () => {
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await expectAccessible(page);
  });

  it('creates a person with an invitation e-mail', async () => {
    await page.getByRole('link', { name: 'People' }).first().click();
    await page.getByRole('heading', { name: 'People', level: 1 }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Add person' }).click();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Full name').fill('Nova Osoba');
    await page.getByRole('checkbox', { name: 'Learner' }).check();
    await page.getByRole('checkbox', { name: 'Send invitation e-mail' }).check();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Create person' }).click();
    await page.getByText(email).first().waitFor();
  });

  it('finds the invitation link in the e-mail outbox (no SMTP server in this run)', async () => {
    await page.getByRole('link', { name: 'E-mail outbox' }).first().click();
    await page.getByRole('heading', { name: 'E-mail outbox', level: 1 }).waitFor();
    const row = page.getByText(email).first();
    await row.waitFor();
    await expectAccessible(page);
    for (let attempt = 0; attempt < 20 && !invitationLink; attempt++) {
      const html = await page.content();
      invitationLink = /(https?:\/\/[^\s"<]+\/accept-invitation#token=[\w-]+)/.exec(html)?.[1] ?? '';
      if (!invitationLink) {
        const expand = page.getByRole('button', { name: new RegExp(email.replace(/\./g, '\\.')) }).first();
        if (await expand.count()) await expand.click();
        else await page.getByText(email).first().click();
        await page.waitForTimeout(250);
      }
    }
    expect(invitationLink).toContain('/accept-invitation#token=');
  });

  it('lets the new person choose a password through the link, and signs them in', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Email').waitFor();
    await page.goto(invitationLink);
    await page.getByLabel('New password').fill(password);
    await page.getByLabel('Repeat password').fill(password);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await expect(page.getByText('Nova Osoba').first().isVisible()).resolves.toBe(true);
    await expectAccessible(page);
  });

  it('lets the new person sign in again with that password', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
  });
});
