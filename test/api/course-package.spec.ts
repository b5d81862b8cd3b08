import { Role, type Institution } from '@parity/identity';
import { Course, CourseVersion } from '@parity/curriculum';
import { given, TEST_PASSWORD } from '@parity/shared/testing';
import { TestApp, type ApiClient } from '../support/test-app';

const T = (entries: Record<string, string>) =>
  Object.entries(entries).map(([locale, text]) => ({ locale, text }));
interface PackagedModule {
  quizzes: {
    id: string;
    pairedQuizId: string | null;
    items: { questionId: string | null; bankId: string; questionIds: string[] }[];
    questions: { id: string; bankId: string; rev: number; prompt: object }[];
  }[];
}

/** A module of a package with the ids that an import necessarily renews (quiz, bank, question) taken out. */
function withoutIds(module: PackagedModule): unknown {
  return {
    ...module,
    quizzes: module.quizzes.map(({ id: _id, pairedQuizId, items, questions, ...quiz }) => ({
      ...quiz,
      paired: pairedQuizId !== null,
      items: items.map(({ questionId, bankId: _bank, questionIds, ...item }) => ({
        ...item,
        fixed: questionId !== null,
        pool: questionIds.length,
      })),
      questions: questions
        .map(({ id: _qid, bankId: _qbank, rev: _rev, ...question }) => question)
        .sort((a, b) => JSON.stringify(a.prompt).localeCompare(JSON.stringify(b.prompt))),
    })),
  };
}

const IMPORT = `mutation($i: ID!, $p: String!) { importCoursePackage(institutionId: $i, package: $p) { id draft { id } } }`;

describe('sharing a course between institutions as a package', () => {
  let t: TestApp;
  let home: Institution;
  let away: Institution;
  let author: ApiClient;
  let reviewer: ApiClient;
  let foreign: ApiClient;
  let publishedVersionId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    const g = given(t.em());
    home = await g.institution();
    away = await g.institution();
    author = await t
      .client()
      .signIn((await g.user({ institution: home, roles: [Role.TRAINER] })).email, TEST_PASSWORD);
    reviewer = await t
      .client()
      .signIn((await g.user({ institution: home, roles: [Role.TRAINER] })).email, TEST_PASSWORD);
    foreign = await t
      .client()
      .signIn((await g.user({ institution: away, roles: [Role.TRAINER] })).email, TEST_PASSWORD);

    const created = await author.ok<{ createCourse: { id: string; draft: { id: string } } }>(
      `mutation($input: CreateCourseInput!) { createCourse(input: $input) { id draft { id } } }`,
      {
        input: {
          institutionId: home.id,
          defaultLocale: 'en',
          title: T({
            en: 'Preventing sexual harassment',
            'sr-Cyrl': 'Спречавање сексуалног узнемиравања',
            sq: 'Parandalimi i ngacmimit seksual',
          }),
          visibility: 'REGIONAL',
          tags: ['harassment'],
        },
      },
    );
    const versionId = created.createCourse.draft.id;
    const bank = await author.ok<{ createQuestionBank: { id: string } }>(
      `mutation($input: CreateQuestionBankInput!) { createQuestionBank(input: $input) { id } }`,
      { input: { institutionId: home.id, name: T({ en: 'Harassment' }), categories: ['basics'] } },
    );
    const bankId = bank.createQuestionBank.id;
    const question = (input: Record<string, unknown>) =>
      author.ok<{ addQuestion: { id: string } }>(
        `mutation($b: ID!, $input: QuestionInput!) { addQuestion(bankId: $b, input: $input) { id } }`,
        {
          b: bankId,
          input,
        },
      );
    const fixed = await question({
      type: 'SINGLE_CHOICE',
      category: 'basics',
      prompt: T({ en: '<p>Who may report harassment?</p>' }),
      choices: [{ text: T({ en: 'Anyone' }), correct: true }, { text: T({ en: 'Only officers' }) }],
      feedback: {
        general: T({ en: 'See lesson 1.' }),
        correct: T({ en: 'Right.' }),
        incorrect: T({ en: 'No.' }),
      },
    });
    await question({
      type: 'TRUE_FALSE',
      category: 'basics',
      prompt: T({ en: 'Harassment is a private matter.' }),
      trueFalseAnswer: false,
    });
    await question({
      type: 'SHORT_ANSWER',
      category: 'basics',
      prompt: T({ en: 'Name the UN resolution on Women, Peace and Security.' }),
      acceptedAnswers: [{ locale: 'en', text: '1325' }],
    });
    let firstModuleId = '';
    for (const n of [1, 2]) {
      const module = await author.ok<{ addModule: { id: string } }>(
        `mutation($v: ID!, $input: ModuleInput!) { addModule(versionId: $v, input: $input) { id } }`,
        {
          v: versionId,
          input: {
            title: T({ en: `Module ${n}`, 'sr-Cyrl': `Модул ${n}`, sq: `Moduli ${n}` }),
            summary: T({ en: `<p>About ${n}</p>` }),
          },
        },
      );
      firstModuleId ||= module.addModule.id;
      await author.ok(
        `mutation($m: ID!, $input: LessonInput!) { addLesson(moduleId: $m, input: $input) { id } }`,
        {
          m: module.addModule.id,
          input: {
            title: T({ en: `Lesson ${n}`, 'sr-Cyrl': `Лекција ${n}`, sq: `Mësimi ${n}` }),
            body: T({
              en: `<h2>Part ${n}</h2><ul><li>Ë, ç</li></ul>`,
              'sr-Cyrl': `<p>Ћирилица ${n}</p>`,
              sq: `<p>Shqip ${n}</p>`,
            }),
            videoUrl: 'https://video.example/training',
            estimatedMinutes: 15,
          },
        },
      );
    }
    const quiz = await author.ok<{ addQuiz: { id: string; rev: number } }>(
      `mutation($m: ID!, $input: QuizInput!) { addQuiz(moduleId: $m, input: $input) { id rev } }`,
      {
        m: firstModuleId,
        input: {
          title: T({ en: 'Check' }),
          kind: 'GRADED',
          passingScore: 60,
          attemptsAllowed: 2,
          shuffleChoices: true,
        },
      },
    );
    await author.ok(
      `mutation($id: ID!, $rev: Int!, $items: [QuizItemInput!]!) { setQuizItems(id: $id, expectedRev: $rev, items: $items) { id } }`,
      {
        id: quiz.addQuiz.id,
        rev: quiz.addQuiz.rev,
        items: [{ questionId: fixed.addQuestion.id }, { bankId, category: 'basics', count: 2 }],
      },
    );
    await author.ok(`mutation($id: ID!) { submitVersion(id: $id) { id } }`, { id: versionId });
    await reviewer.ok(`mutation($id: ID!) { approveVersion(id: $id) { id } }`, { id: versionId });
    publishedVersionId = versionId;
  });
  afterAll(() => t.close());

  it('round-trips a published regional course into another institution: the same content, every translation and question', async () => {
    const exported = await foreign.ok<{ exportCourseVersion: string }>(
      `query($id: ID!) { exportCourseVersion(id: $id) }`,
      { id: publishedVersionId },
    );
    const original = JSON.parse(exported.exportCourseVersion);
    const imported = await foreign.ok<{ importCoursePackage: { id: string; draft: { id: string } } }>(
      IMPORT,
      { i: away.id, p: exported.exportCourseVersion },
    );
    const course = await t.em().findOneOrFail(Course, imported.importCoursePackage.id);
    expect(course.ownerInstitution.id).toBe(away.id);
    const again = JSON.parse(
      (
        await foreign.ok<{ exportCourseVersion: string }>(
          `query($id: ID!) { exportCourseVersion(id: $id) }`,
          { id: imported.importCoursePackage.draft.id },
        )
      ).exportCourseVersion,
    );
    expect(again.snapshot.modules.map(withoutIds)).toEqual(original.snapshot.modules.map(withoutIds));
    expect(original.snapshot.modules[0].quizzes[0].questions).toHaveLength(3);
    expect(again.snapshot.version.title).toEqual(original.snapshot.version.title);
    expect(again.snapshot.version.locales.sort()).toEqual(original.snapshot.version.locales.sort());
    expect(again.hash).not.toBe('');
  });

  it('refuses a corrupted, forged or hostile package with INVALID_PACKAGE and imports nothing', async () => {
    const exported = (
      await author.ok<{ exportCourseVersion: string }>(`query($id: ID!) { exportCourseVersion(id: $id) }`, {
        id: publishedVersionId,
      })
    ).exportCourseVersion;
    const tampered = JSON.parse(exported);
    tampered.snapshot.modules[0].lessons[0].body.en = '<p>Changed after export</p>';
    const hostile = exported.replace('"snapshot":{', '"snapshot":{"__proto__":{"admin":true},');
    const wrongShape = JSON.stringify({
      ...JSON.parse(exported),
      snapshot: { ...JSON.parse(exported).snapshot, modules: 'nope' },
    });
    const before = await t.em().count(Course, { ownerInstitution: away.id });
    for (const pkg of [
      exported.slice(0, exported.length / 2),
      JSON.stringify(tampered),
      hostile,
      wrongShape,
      '{}',
    ]) {
      const result = await foreign.gql(IMPORT, { i: away.id, p: pkg });
      expect(result.errors?.[0]?.extensions?.code).toBe('INVALID_PACKAGE');
      expect(result.errors?.[0]?.extensions?.['reason']).toEqual(expect.any(String));
    }
    expect(await t.em().count(Course, { ownerInstitution: away.id })).toBe(before);
  });

  it('sanitises every text again on import (a hand-made package cannot smuggle script in)', async () => {
    const exported = JSON.parse(
      (
        await author.ok<{ exportCourseVersion: string }>(`query($id: ID!) { exportCourseVersion(id: $id) }`, {
          id: publishedVersionId,
        })
      ).exportCourseVersion,
    );
    exported.snapshot.modules[0].lessons[0].body.en =
      '<p onclick="window.__xss=1">Hi<script>window.__xss=1</script></p>';
    exported.snapshot.modules[0].title.en = 'Title <img src=x onerror=alert(1)>';
    const { snapshotHash } = await import('../../libs/curriculum/src/version/snapshot');
    exported.hash = snapshotHash(exported.snapshot);
    const imported = await foreign.ok<{ importCoursePackage: { draft: { id: string } } }>(IMPORT, {
      i: away.id,
      p: JSON.stringify(exported),
    });
    const view = await foreign.ok<{
      courseVersion: {
        modules: { title: { text: string }[]; lessons: { body: { locale: string; text: string }[] }[] }[];
      };
    }>(
      `query($id: ID!) { courseVersion(id: $id) { modules { title { text } lessons { body { locale text } } } } }`,
      { id: imported.importCoursePackage.draft.id },
    );
    const body = view.courseVersion.modules[0]!.lessons[0]!.body.find((b) => b.locale === 'en')!.text;
    expect(body).toBe('<p>Hi</p>');
    expect(view.courseVersion.modules[0]!.title[0]!.text).toBe('Title <img src=x onerror=alert(1)>');
  });

  it('does not let a trainer import into another institution, nor export another institution’s draft', async () => {
    const into = await foreign.gql(IMPORT, { i: home.id, p: '{}' });
    expect(into.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const courseId = (await t.em().findOneOrFail(CourseVersion, publishedVersionId)).course.id;
    const draft = await author.ok<{ createDraft: { id: string } }>(
      `mutation($id: ID!) { createDraft(courseId: $id) { id } }`,
      { id: courseId },
    );
    const leak = await foreign.gql(`query($id: ID!) { exportCourseVersion(id: $id) }`, {
      id: draft.createDraft.id,
    });
    expect(leak.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
