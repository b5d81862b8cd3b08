import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import {
  COACHING_DEMO,
  givenCoachingEngagement,
  localTimeInDays,
  moveSessionIntoThePast,
  rawNoteColumns,
  type CoachingJourneyData,
} from './support/coaching';
import { BASE_URL, expectAccessible, launch, signIn } from './support/journey';

/**
 * The Gender Coach Programme through the pair's screens: the coach proposes times and writes a private and a shared
 * note; the coachee accepts a time, reads only the shared note, and rates the session once the coach records it
 * held; both work on the action plan. The programme manager sees the engagement as numbers only. Axe on each screen.
 */
const tag = randomUUID().slice(0, 8);
const PRIVATE_NOTE = `Private canary ${tag}: worried about the brigade's resistance.`;
const SHARED_NOTE = `Shared ${tag}: next time we review the deployment checklist together.`;
const ACTION_TITLE = `Brief the staff on UNSCR 1325 ${tag}`;
const COACH_NAME = 'Elena Stojanovska';
const COACHEE_NAME = 'Col. Vesna Radović';

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await signIn(page, email);
  return page;
}

describe('coaching: the coach and the coachee work through an engagement (axe on every screen)', () => {
  let browser: Browser;
  let coach: Page;
  let coachee: Page;
  let given: CoachingJourneyData;
  let manager: Page;
  const engagementUrl = () => `${BASE_URL}/coaching/engagements/${given.engagementId}`;

  beforeAll(async () => {
    given = await givenCoachingEngagement();
    browser = await launch();
    coach = await signedIn(browser, COACHING_DEMO.coach);
    coachee = await signedIn(browser, COACHING_DEMO.coachee);
  });
  afterAll(() => browser.close());

  it('lists the coachee in the coach workspace, with a week of sessions', async () => {
    await coach
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Coaching', exact: true })
      .click();
    await coach.getByRole('heading', { name: 'Coaching', level: 1 }).waitFor();
    await coach.getByRole('heading', { name: 'My coachees', level: 2 }).waitFor();
    await coach.getByRole('link', { name: COACHEE_NAME }).first().waitFor();
    await coach.getByRole('heading', { name: 'Sessions', level: 2 }).waitFor();
    await coach.getByText(/^Week of /).waitFor();
    await expectAccessible(coach);
  });

  it('lets the coach keep their profile up to date', async () => {
    await coach
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Coach profile' })
      .click();
    await coach.getByRole('heading', { name: 'My coach profile', level: 1 }).waitFor();
    await coach.getByLabel('Expertise').waitFor();
    await expectAccessible(coach);
    await coach.getByLabel('Most engagements at a time').fill('6');
    await coach.getByRole('button', { name: 'Save' }).click();
    await coach.getByText('Your coach profile is saved.').waitFor();
    await coach.reload();
    await coach.getByRole('heading', { name: 'My coach profile', level: 1 }).waitFor();
    await coach.getByLabel('Expertise').waitFor();
    expect(await coach.getByLabel('Most engagements at a time').inputValue()).toBe('6');
    expect(await coach.getByLabel('Expertise').inputValue()).toContain('leadership');
  });

  it('lets the coach propose two times for the first session', async () => {
    await coach.goto(engagementUrl());
    await coach.getByRole('heading', { name: `Coaching ${COACHEE_NAME}`, level: 1 }).waitFor();
    await coach.getByText('0 of 2 held').waitFor();
    await expectAccessible(coach);

    await coach.getByLabel('Time 1', { exact: true }).fill(localTimeInDays(45, 10, 0));
    await coach.getByRole('button', { name: 'Add another time' }).click();
    await coach.getByLabel('Time 2', { exact: true }).fill(localTimeInDays(46, 15, 30));
    await coach.getByLabel('Online meeting link').fill('https://meet.example.org/coaching');
    await coach.getByLabel('Agenda').fill('Where a gender perspective changes the operation plan.');
    await coach.getByRole('button', { name: 'Propose these times' }).click();
    await coach.getByText('The times are proposed. Your coachee is told.').waitFor({ state: 'attached' });
    const session = coach.getByRole('list', { name: 'Sessions' }).getByRole('article');
    await session.getByText('Times proposed').waitFor();
    await session.getByText(`Waiting for ${COACHEE_NAME} to choose one of these times:`).waitFor();
    await expectAccessible(coach);
  });

  it('keeps a private note private and a shared note shared, as the coach chose in words', async () => {
    const notes = coach.getByRole('region', { name: 'Notes' });
    await notes.getByLabel('Note', { exact: true }).fill(PRIVATE_NOTE);
    expect(await notes.getByLabel('Private — only you can read this').isChecked()).toBe(true);
    await notes.getByRole('button', { name: 'Save private note' }).click();
    await coach.getByText('Private note saved.').waitFor({ state: 'attached' });
    await notes.getByText(PRIVATE_NOTE).waitFor();

    await notes.getByLabel('Note', { exact: true }).fill(SHARED_NOTE);
    await notes.getByLabel('Shared — your coachee can read this too').check();
    await notes.getByRole('button', { name: 'Save shared note' }).click();
    await coach.getByText('Shared note saved.').waitFor({ state: 'attached' });
    await notes.getByText(SHARED_NOTE).waitFor();
    await expectAccessible(coach);

    expect(await rawNoteColumns(given.engagementId)).not.toContain(`canary ${tag}`);
  });

  it('lets the coach add a goal for the coachee to the action plan', async () => {
    const plan = coach.getByRole('region', { name: 'Action plan' });
    await plan.getByLabel('Kind').selectOption('goal');
    await plan.getByLabel('Title').fill(ACTION_TITLE);
    await plan.getByLabel('Owner').selectOption({ label: COACHEE_NAME });
    await plan.getByRole('button', { name: 'Add to the plan' }).click();
    await plan.getByRole('heading', { name: new RegExp(ACTION_TITLE) }).waitFor();
    await expectAccessible(coach);
  });

  it('lets the coachee accept one of the times, and shows them the shared note but never the private one', async () => {
    await coachee.goto(engagementUrl());
    await coachee.getByRole('heading', { name: `Your coaching with ${COACH_NAME}`, level: 1 }).waitFor();
    await expectAccessible(coachee);

    const choice = coachee.getByRole('group', { name: 'Choose a time that suits you' });
    await choice.getByRole('radio').first().check();
    await coachee.getByRole('button', { name: 'Accept this time' }).click();
    await coachee
      .getByText('The session is scheduled. You both receive an invitation.')
      .waitFor({ state: 'attached' });
    await coachee.getByRole('list', { name: 'Sessions' }).getByText('Scheduled', { exact: true }).waitFor();

    const notes = coachee.getByRole('region', { name: 'Notes' });
    await notes.getByText(SHARED_NOTE).waitFor();
    expect(await notes.getByText(SHARED_NOTE).locator('xpath=..').innerText()).toContain('Shared with you');
    expect(await coachee.content()).not.toContain(`canary ${tag}`);
    await expectAccessible(coachee);
  });

  it('lets the coachee keep a note of their own and work on the action plan', async () => {
    const notes = coachee.getByRole('region', { name: 'Notes' });
    await notes.getByLabel('Note', { exact: true }).fill(`My own reflection ${tag}`);
    await notes.getByRole('button', { name: 'Save private note' }).click();
    await notes.getByText(`My own reflection ${tag}`).waitFor();

    const plan = coachee.getByRole('region', { name: 'Action plan' });
    const item = plan.getByRole('article', { name: new RegExp(ACTION_TITLE) });
    await item.getByLabel('Status').selectOption('IN_PROGRESS');
    await item.getByRole('button', { name: 'Save status' }).click();
    await item.getByText('In progress', { exact: true }).first().waitFor();
    await item.getByLabel('Progress note').fill('Talked to the chief of staff.');
    await item.getByRole('button', { name: 'Add progress' }).click();
    await item.getByText('Talked to the chief of staff.').waitFor();
    await expectAccessible(coachee);
  });

  it('lets the coach record the session held once it has taken place', async () => {
    await moveSessionIntoThePast(given.engagementId);
    await coach.goto(engagementUrl());
    await coach.getByRole('button', { name: 'Record as held' }).click();
    await coach.getByText('The session is recorded as held.').waitFor({ state: 'attached' });
    await coach.getByText('1 of 2 held').waitFor();
    await expectAccessible(coach);
  });

  it('asks the coachee for feedback on the held session, once', async () => {
    await coachee.goto(engagementUrl());
    const form = coachee.getByRole('region', { name: 'How was this session?' });
    await form.waitFor();
    await expectAccessible(coachee);
    await form.getByRole('group', { name: 'How useful was the session?' }).getByLabel('4 — very').check();
    await form
      .getByRole('group', { name: 'How relevant was it to your work?' })
      .getByLabel('5 — extremely')
      .check();
    await form
      .getByRole('group', { name: 'How confident do you feel to act on it?' })
      .getByLabel('3 — somewhat')
      .check();
    await form.getByRole('button', { name: 'Send feedback' }).click();
    await coachee.getByText('Thank you for your feedback.').waitFor();

    await coachee.reload();
    await coachee.getByText('You gave feedback for this session.').waitFor();
    expect(await coachee.getByRole('region', { name: 'How was this session?' }).count()).toBe(0);
  });

  it('shows the session page with its history in the coachee’s time, and their notes stay theirs', async () => {
    await coachee.getByRole('list', { name: 'Sessions' }).getByRole('link').first().click();
    await coachee.getByRole('heading', { name: 'Coaching session', level: 1 }).waitFor();
    const history = coachee.getByRole('region', { name: 'History' });
    await history.getByText(/Scheduled/).waitFor();
    await history.getByText(/Recorded as held/).waitFor();
    await expectAccessible(coachee);
  });

  it('lets the programme manager find the programme and its coaches for matching', async () => {
    manager = await signedIn(browser, COACHING_DEMO.manager);
    await manager
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Coaching programmes' })
      .click();
    await manager.getByRole('heading', { name: 'Coaching programmes', level: 1 }).waitFor();
    await manager.getByRole('link', { name: given.programmeName }).click();
    await manager.getByRole('heading', { name: given.programmeName, level: 1 }).waitFor();
    await manager.getByRole('tab', { name: 'Applications', selected: true }).waitFor();
    await manager.getByText('No applications.').waitFor();
    await expectAccessible(manager);
    await manager.getByRole('tab', { name: 'Matching' }).click();
    await manager.getByRole('row', { name: new RegExp(COACH_NAME) }).waitFor();
    await expectAccessible(manager);
  });

  it('shows the programme manager numbers only: no agenda, no note, no action item', async () => {
    await manager.goto(`${BASE_URL}/coaching/programmes/${given.programmeId}?tab=engagements`);
    await manager.getByRole('heading', { name: given.programmeName, level: 1 }).waitFor();
    await manager.getByRole('cell', { name: '1 of 2 held' }).waitFor();
    await expectAccessible(manager);
    await manager.getByRole('tab', { name: 'Dashboard' }).click();
    await manager.getByRole('heading', { name: 'Engagements by state' }).waitFor();
    await manager
      .getByText('Averages appear once at least three answers have come in', { exact: false })
      .waitFor();
    await expectAccessible(manager);
    const text = await manager.content();
    for (const secret of [SHARED_NOTE, ACTION_TITLE, 'deployment checklist', 'gender perspective changes']) {
      expect(text).not.toContain(secret);
    }
  });
});
