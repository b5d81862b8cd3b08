import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, DEMO, expectAccessible, gql, launch, signIn } from './support/journey';

/** The demo's platform admin (manages every institution's certificates) and the second trainer (a reviewer). */
const PLATFORM_ADMIN = 'admin@parity.demo';
const REVIEWER = 'trainer2@parity.demo';

const COURSE_TITLE = `Gender perspectives in operations ${randomUUID().slice(0, 6)}`;
const REASON = 'Issued by mistake: the attendance was not confirmed.';

interface MyCertificate {
  id: string;
  serialNumber: string;
  pdfUrl: string;
  noticeSeen: boolean;
  courseTitle: { text: string };
}

async function newSignedInPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

/**
 * A published one-lesson course of the trainer's institution, open to everyone: written by the trainer, approved
 * by the other trainer (nobody approves their own work). Returns the course and its lesson.
 */
async function publishOneLessonCourse(
  browser: Browser,
): Promise<{ courseId: string; lessonId: string; institutionId: string }> {
  const trainer = await newSignedInPage(browser, DEMO.trainer);
  const { me } = await gql<{ me: { institution: { id: string } } }>(trainer, `{ me { institution { id } } }`);
  const { createCourse } = await gql<{ createCourse: { id: string; draft: { id: string } } }>(
    trainer,
    `mutation($input: CreateCourseInput!) { createCourse(input: $input) { id draft { id } } }`,
    {
      input: {
        institutionId: me.institution.id,
        defaultLocale: 'en',
        visibility: 'PUBLIC',
        title: [{ locale: 'en', text: COURSE_TITLE }],
        summary: [{ locale: 'en', text: 'One short lesson, for the certificate journey.' }],
      },
    },
  );
  const { addModule } = await gql<{ addModule: { id: string } }>(
    trainer,
    `mutation($v: ID!, $input: ModuleInput!) { addModule(versionId: $v, input: $input) { id } }`,
    { v: createCourse.draft.id, input: { title: [{ locale: 'en', text: 'The only module' }] } },
  );
  const { addLesson } = await gql<{ addLesson: { id: string } }>(
    trainer,
    `mutation($m: ID!, $input: LessonInput!) { addLesson(moduleId: $m, input: $input) { id } }`,
    {
      m: addModule.id,
      input: {
        title: [{ locale: 'en', text: 'The only lesson' }],
        body: [{ locale: 'en', text: '<p>Gender perspectives belong in every operation plan.</p>' }],
      },
    },
  );
  await gql(trainer, `mutation($id: ID!) { submitVersion(id: $id) { id } }`, { id: createCourse.draft.id });
  await trainer.context().close();

  const reviewer = await newSignedInPage(browser, REVIEWER);
  await gql(reviewer, `mutation($id: ID!) { approveVersion(id: $id) { id } }`, { id: createCourse.draft.id });
  await reviewer.context().close();
  return { courseId: createCourse.id, lessonId: addLesson.id, institutionId: me.institution.id };
}

/** Polls until the worker has issued the certificate for the course (it does so from the completion's event). */
async function waitForCertificate(page: Page, title: string): Promise<MyCertificate> {
  for (let attempt = 0; attempt < 60; attempt++) {
    const { myCertificates } = await gql<{ myCertificates: MyCertificate[] }>(
      page,
      `{ myCertificates { id serialNumber pdfUrl noticeSeen courseTitle { text } } }`,
    );
    const found = myCertificates.find((certificate) => certificate.courseTitle.text === title);
    if (found) return found;
    await page.waitForTimeout(500);
  }
  throw new Error('the worker did not issue the certificate within 30 s');
}

describe('certificates: the learner gets one, the issuing institution revokes it (axe on every page)', () => {
  let browser: Browser;
  let learner: Page;
  let certificate: MyCertificate;
  let issuer: string;

  beforeAll(async () => {
    browser = await launch();
    const course = await publishOneLessonCourse(browser);
    issuer = course.institutionId;
    learner = await newSignedInPage(browser, DEMO.learner);
    const { enrol } = await gql<{ enrol: { id: string } }>(
      learner,
      `mutation($c: ID!) { enrol(courseId: $c) { id } }`,
      { c: course.courseId },
    );
    const { recordLessonProgress } = await gql<{ recordLessonProgress: { enrolment: { status: string } } }>(
      learner,
      `mutation($input: LessonProgressInput!) { recordLessonProgress(input: $input) { enrolment { status } } }`,
      {
        input: {
          enrolmentId: enrol.id,
          lessonId: course.lessonId,
          visitId: randomUUID(),
          seconds: 60,
          completed: true,
        },
      },
    );
    expect(recordLessonProgress.enrolment.status).toBe('COMPLETED');
    certificate = await waitForCertificate(learner, COURSE_TITLE);
  });
  afterAll(() => browser.close());

  it('tells the learner on the home page that the certificate is ready', async () => {
    expect(certificate.noticeSeen).toBe(false);
    await learner.goto(`${BASE_URL}/`);
    const notice = learner.locator('.certificate-notice', { hasText: COURSE_TITLE });
    await notice.waitFor();
    expect(await notice.innerText()).toContain(`Your certificate for ${COURSE_TITLE} is ready.`);
    await expectAccessible(learner);
  });

  it('lists it on My certificates, valid, with a PDF that downloads', async () => {
    await learner
      .getByRole('navigation', { name: /./ })
      .getByRole('link', { name: 'My certificates' })
      .click();
    await learner.getByRole('heading', { name: 'My certificates', level: 1 }).waitFor();
    const card = learner.locator('article', { has: learner.getByRole('heading', { name: COURSE_TITLE }) });
    await card.waitFor();
    expect(await card.innerText()).toContain('Valid');
    expect(await card.innerText()).toContain(certificate.serialNumber);
    await card
      .getByRole('link', { name: `Open verification page: ${COURSE_TITLE} (opens in a new tab)` })
      .waitFor();
    await expectAccessible(learner);

    const pdfLink = card.getByRole('link', { name: `Download PDF: ${COURSE_TITLE}` });
    expect(await pdfLink.getAttribute('href')).toBe(certificate.pdfUrl);
    const pdf = await learner.request.get(`${BASE_URL}${certificate.pdfUrl}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toMatch(/^application\/pdf/);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('dismisses the notice for good', async () => {
    await learner.goto(`${BASE_URL}/`);
    const notice = learner.locator('.certificate-notice', { hasText: COURSE_TITLE });
    await notice.getByRole('button', { name: `Dismiss: ${COURSE_TITLE}` }).click();
    await notice.waitFor({ state: 'detached' });
    await learner.reload();
    await learner.getByRole('heading', { name: 'My learning', level: 2 }).waitFor();
    expect(await learner.locator('.certificate-notice', { hasText: COURSE_TITLE }).count()).toBe(0);
  });

  it('lets the issuing institution find it by search and revoke it with a reason', async () => {
    const admin = await newSignedInPage(browser, PLATFORM_ADMIN);
    await admin.goto(`${BASE_URL}/admin/certificates?institution=${issuer}`);
    await admin.getByRole('heading', { name: 'Certificates', level: 1 }).waitFor();
    await admin.getByLabel('Search certificates').fill(certificate.serialNumber);
    await admin.getByRole('button', { name: 'Search', exact: true }).click();
    await admin.waitForURL((url) => url.searchParams.get('q') === certificate.serialNumber);
    const row = admin.getByRole('row', { name: new RegExp(certificate.serialNumber) });
    await row.waitFor();
    // The unfiltered list (the demo's regional certificates, newest first) may still show until the search answers.
    await admin
      .locator('tbody tr')
      .nth(1)
      .waitFor({ state: 'detached', timeout: 10_000 })
      .catch(() => undefined);
    expect(await admin.locator('tbody tr').count()).toBe(1);
    await expectAccessible(admin);

    await row.getByRole('button', { name: /^Revoke/ }).click();
    const dialog = admin.getByRole('dialog', { name: `Revoke certificate ${certificate.serialNumber}` });
    await dialog.waitFor();
    expect(
      await dialog
        .getByLabel('Reason for revoking')
        .evaluate((field) => field === field.ownerDocument.activeElement),
    ).toBe(true);
    await expectAccessible(admin);

    // Too short a reason is refused before anything is sent.
    await dialog.getByLabel('Reason for revoking').fill('no');
    await dialog.getByRole('button', { name: 'Revoke the certificate' }).click();
    await dialog.getByText('Write a reason of at least 3 characters.').waitFor();

    await dialog.getByLabel('Reason for revoking').fill(REASON);
    await dialog.getByRole('button', { name: 'Revoke the certificate' }).click();
    await dialog.waitFor({ state: 'detached' });
    await admin.getByText(`Certificate ${certificate.serialNumber} is revoked.`).waitFor();
    expect(await row.innerText()).toContain('Revoked');
    expect(await row.innerText()).toContain(REASON);
    await row.getByRole('button', { name: /^Reissue/ }).waitFor();
    await expectAccessible(admin);
    await admin.context().close();

    // The learner sees it too.
    await learner.goto(`${BASE_URL}/learn/certificates`);
    const card = learner.locator('article', { has: learner.getByRole('heading', { name: COURSE_TITLE }) });
    await card.waitFor();
    expect(await card.innerText()).toContain('Revoked');
    expect(await card.innerText()).toContain(REASON);
  });
});
