import type { Browser, Locator, Page } from 'playwright-core';
import {
  BASE_URL,
  createCourseWithModule,
  DEMO,
  expectAccessible,
  gql,
  openJourney,
} from './support/journey';

const BANK = `Gender basics ${Date.now().toString(36)}`;

describe('a trainer builds a question bank and a quiz that draws from it', () => {
  let browser: Browser;
  let page: Page;
  let dialogs: string[] = [];

  beforeAll(async () => {
    ({ browser, page, dialogs } = await openJourney({ signInAs: DEMO.trainer }));
  });
  afterAll(() => browser.close());

  const questionForm = (): Locator => page.locator('form.question-form');
  const preview = (): Locator => page.getByRole('region', { name: 'Preview' });

  async function newQuestion(type: string, category: string, prompt: string): Promise<void> {
    await page.getByRole('button', { name: 'Add question' }).click();
    const form = questionForm();
    await form.getByLabel('Question type').selectOption({ label: type });
    await form.getByLabel('Category', { exact: true }).selectOption(category);
    await form.getByRole('textbox', { name: 'Prompt' }).fill(prompt);
  }

  async function feedback(correct: string, incorrect: string): Promise<void> {
    const form = questionForm();
    await form.getByRole('textbox', { name: 'Feedback for a correct answer' }).fill(correct);
    await form.getByRole('textbox', { name: 'Feedback for a wrong answer' }).fill(incorrect);
  }

  async function saveQuestion(prompt: string): Promise<void> {
    await questionForm().getByRole('button', { name: 'Save question' }).click();
    await page.getByRole('status').filter({ hasText: 'Question saved.' }).waitFor();
    await page.getByText(prompt, { exact: true }).waitFor();
  }

  it('creates a bank with categories', async () => {
    await page.getByRole('link', { name: 'Studio' }).first().click();
    await page.getByRole('link', { name: 'Question banks' }).click();
    await page.getByRole('heading', { name: 'Question banks', level: 1 }).waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'New question bank' }).first().click();
    await page.getByLabel('Name', { exact: true }).fill(BANK);
    await page.getByLabel('Categories').fill('Concepts, Resolution 1325');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Create question bank' }).click();

    await page.getByRole('heading', { name: BANK, level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Questions (0)' }).waitFor();
    await page.getByText('This bank has no questions yet.').waitFor();
    await expectAccessible(page);
  });

  it('adds a single-choice question with feedback and sees it as a learner would', async () => {
    const prompt = 'Which resolution opened the Women, Peace and Security agenda?';
    await newQuestion('Single choice', 'Resolution 1325', prompt);
    const form = questionForm();
    await form.getByLabel('Choice 1', { exact: true }).fill('UNSCR 1325 (2000)');
    await form.getByLabel('Choice 2', { exact: true }).fill('UNSCR 2467 (2019)');
    await form.getByRole('button', { name: 'Add choice' }).click();
    await form.getByLabel('Choice 3', { exact: true }).fill('UNSCR 1820 (2008)');
    await form.getByRole('radio', { name: 'Correct answer' }).first().check();
    await feedback('Right: adopted on 31 October 2000.', 'Not quite: look at the year 2000.');

    const learner = preview();
    await learner.getByText(prompt).waitFor();
    await learner.getByRole('group', { name: 'Choose one answer' }).waitFor();
    for (const choice of ['UNSCR 1325 (2000)', 'UNSCR 2467 (2019)', 'UNSCR 1820 (2008)'])
      await learner.getByRole('radio', { name: choice }).waitFor();
    expect(await learner.getByRole('radio', { checked: true }).count()).toBe(0);
    await expectAccessible(page);

    await saveQuestion(prompt);
    await expectAccessible(page);
  });

  it('adds a matching question with feedback, previewed as selects with the matches', async () => {
    const prompt = 'Match each term with its meaning.';
    await newQuestion('Matching', 'Concepts', prompt);
    const form = questionForm();
    await form.getByLabel('Item 1', { exact: true }).fill('Sex');
    await form.getByLabel('Match for item 1').fill('Biological characteristics');
    await form.getByLabel('Item 2', { exact: true }).fill('Gender');
    await form.getByLabel('Match for item 2').fill('Socially constructed roles');
    await feedback('Well matched.', 'Gender is learned; sex is biological.');

    const learner = preview();
    await learner.getByRole('group', { name: 'Match each item' }).waitFor();
    const select = learner.getByLabel('Gender', { exact: true });
    await select.selectOption({ label: 'Socially constructed roles' });
    const options = await select.locator('option').allTextContents();
    expect(options.map((option) => option.trim()).sort()).toEqual(
      ['Biological characteristics', 'Choose…', 'Socially constructed roles'].sort(),
    );
    await expectAccessible(page);

    await saveQuestion(prompt);
  });

  it('adds a short-answer question with accepted answers and feedback', async () => {
    const prompt = 'Name the institution that adopts Security Council resolutions.';
    await newQuestion('Short answer', 'Resolution 1325', prompt);
    const form = questionForm();
    await form.getByRole('button', { name: 'Add accepted answer' }).click();
    await form.getByRole('textbox', { name: 'Accepted answer 1', exact: true }).fill('Security Council');
    await form.getByRole('button', { name: 'Add accepted answer' }).click();
    await form.getByRole('textbox', { name: 'Accepted answer 2', exact: true }).fill('UN Security Council');
    await feedback('Correct.', 'It is the UN Security Council.');

    const learner = preview();
    await learner.getByLabel('Your answer').fill('security council');
    expect(await learner.getByText('Security Council', { exact: true }).count()).toBe(0);
    await expectAccessible(page);

    await saveQuestion(prompt);
    await page.getByRole('heading', { name: 'Questions (3)' }).waitFor();
    await expectAccessible(page);

    // Reopening a saved question shows what was kept: its feedback among it.
    await page.getByRole('button', { name: `Edit question ${prompt}` }).click();
    await expect(
      questionForm().getByRole('textbox', { name: 'Feedback for a wrong answer' }).textContent(),
    ).resolves.toBe('It is the UN Security Council.');
    await questionForm().getByRole('button', { name: 'Cancel' }).click();
  });

  it('creates a quiz in a course that draws its questions at random from the bank', async () => {
    const created = await createCourseWithModule(page, {
      course: 'Women, Peace and Security basics',
      module: 'The agenda',
    });
    await page.goto(`${BASE_URL}/studio/courses/${created.courseId}`);
    await page.getByRole('button', { name: 'Add module' }).waitFor();

    await page.getByRole('button', { name: 'Add quiz' }).click();
    await page.getByLabel('Quiz title').fill('Check your knowledge');
    await page.getByLabel('Passing score (%)').fill('70');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Add quiz' }).click();

    await page.getByRole('button', { name: 'Open Check your knowledge' }).click();
    const selection = page.getByRole('region', { name: 'Question selection' });
    await selection.getByLabel('Question bank').selectOption({ label: BANK });
    await selection.getByRole('group', { name: 'Questions drawn at random' }).waitFor();
    await selection.getByLabel('Number of questions', { exact: true }).fill('2');
    await selection.getByRole('button', { name: 'Add random draw' }).click();
    await selection
      .getByRole('listitem')
      .filter({ hasText: `2 random from ${BANK} (all categories)` })
      .waitFor();
    await expectAccessible(page);
    const asking = page.locator('.module-quizzes__questions > li');
    expect(await asking.count()).toBe(0);
    await selection.getByRole('button', { name: 'Save question selection' }).click();
    await selection.getByText('Question selection saved.').waitFor({ state: 'attached' });

    await page.getByRole('heading', { name: 'Questions this quiz can ask' }).waitFor();
    for (const prompt of ['Which resolution', 'Match each term', 'Name the institution'])
      await asking.filter({ hasText: prompt }).waitFor();
    const quiz = await gql<{
      courseVersion: {
        modules: { quizzes: { title: { text: string }[]; questions: { id: string }[] }[] }[];
      };
    }>(
      page,
      `query($id: ID!) { courseVersion(id: $id) { modules { quizzes { title { text } questions { id } } } } }`,
      { id: created.draftId },
    );
    const saved = quiz.courseVersion.modules[0]?.quizzes[0];
    expect(saved?.title[0]?.text).toBe('Check your knowledge');
    expect(saved?.questions).toHaveLength(3);
    await expectAccessible(page);
    expect(dialogs).toEqual([]);
  });
});
