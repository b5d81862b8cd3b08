import { Role } from '@parity/identity';
import { given, TEST_PASSWORD } from '@parity/shared/testing';
import { TestApp, type ApiClient, type GraphqlResult } from '../support/test-app';

type Tr = { locale: string; text: string }[];
const T = (text: string, bs?: string): Tr => [
  { locale: 'en', text },
  ...(bs ? [{ locale: 'bs', text: bs }] : []),
];

const QUESTION_FIELDS = `id rev category type points partialCredit prompt { locale text } choices { id text { locale text } }
  answerKey { correctChoiceIds order matches { choiceId } acceptedAnswers { locale text } caseSensitive diacriticSensitive }`;
const QUIZ_FIELDS = `id rev kind passingScore pairedQuizId items { questionId bankId category count } questions { id prompt { text } }`;

interface QuestionView {
  id: string;
  rev: number;
  type: string;
  points: number;
  prompt: Tr;
  answerKey: { correctChoiceIds: string[]; order: string[]; acceptedAnswers: Tr } | null;
}
interface QuizView {
  id: string;
  rev: number;
  pairedQuizId: string | null;
  items: { questionId: string | null; category: string | null; count: number | null }[];
  questions: { id: string; prompt: { text: string }[] }[];
}

const codeOf = (result: GraphqlResult): string | undefined => result.errors?.[0]?.extensions?.code;
const problemsOf = (result: GraphqlResult) => result.errors?.[0]?.extensions?.['problems'];

describe('question banks and quizzes: authoring, validation, sharing, and freezing at publication', () => {
  let t: TestApp;
  let author: ApiClient;
  let reviewer: ApiClient;
  let stranger: ApiClient;
  let institutionId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    const g = given(t.em());
    const home = await g.institution();
    const away = await g.institution();
    institutionId = home.id;
    const sign = async (institution: typeof home) =>
      t.client().signIn((await g.user({ institution, roles: [Role.TRAINER] })).email, TEST_PASSWORD);
    author = await sign(home);
    reviewer = await sign(home);
    stranger = await sign(away);
  });
  afterAll(() => t.close());

  async function createBank(categories = ['basics', 'advanced']): Promise<string> {
    const data = await author.ok<{ createQuestionBank: { id: string } }>(
      `mutation($input: CreateQuestionBankInput!) { createQuestionBank(input: $input) { id } }`,
      { input: { institutionId, name: T('Gender concepts'), categories } },
    );
    return data.createQuestionBank.id;
  }

  const addQuestion = (client: ApiClient, bankId: string, input: Record<string, unknown>) =>
    client.gql<{ addQuestion: QuestionView }>(
      `mutation($b: ID!, $input: QuestionInput!) { addQuestion(bankId: $b, input: $input) { ${QUESTION_FIELDS} } }`,
      { b: bankId, input },
    );

  async function okQuestion(bankId: string, input: Record<string, unknown>): Promise<QuestionView> {
    const result = await addQuestion(author, bankId, input);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return (result.data as { addQuestion: QuestionView }).addQuestion;
  }

  async function createDraft(title: Tr): Promise<{ courseId: string; versionId: string; moduleId: string }> {
    const created = await author.ok<{ createCourse: { id: string; draft: { id: string } } }>(
      `mutation($input: CreateCourseInput!) { createCourse(input: $input) { id draft { id } } }`,
      { input: { institutionId, defaultLocale: 'en', title } },
    );
    const versionId = created.createCourse.draft.id;
    const module = await author.ok<{ addModule: { id: string } }>(
      `mutation($v: ID!, $input: ModuleInput!) { addModule(versionId: $v, input: $input) { id } }`,
      { v: versionId, input: { title } },
    );
    return { courseId: created.createCourse.id, versionId, moduleId: module.addModule.id };
  }

  const addQuiz = (moduleId: string, input: Record<string, unknown>) =>
    author.gql<{ addQuiz: QuizView }>(
      `mutation($m: ID!, $input: QuizInput!) { addQuiz(moduleId: $m, input: $input) { ${QUIZ_FIELDS} } }`,
      { m: moduleId, input },
    );
  const setItems = (client: ApiClient, id: string, expectedRev: number, items: unknown[]) =>
    client.gql<{ setQuizItems: QuizView }>(
      `mutation($id: ID!, $rev: Int!, $items: [QuizItemInput!]!) { setQuizItems(id: $id, expectedRev: $rev, items: $items) { ${QUIZ_FIELDS} } }`,
      { id, rev: expectedRev, items },
    );

  it('builds a bank with every question type, and rejects invalid ones field by field', async () => {
    const bankId = await createBank();
    const single = await okQuestion(bankId, {
      type: 'SINGLE_CHOICE',
      category: 'basics',
      prompt: T('<p>UNSCR 1325 is about?</p>'),
      choices: [{ text: T('Women, peace and security'), correct: true }, { text: T('Fisheries') }],
      feedback: { general: T('See module 1.'), correct: T('Right.'), incorrect: T('Not quite.') },
    });
    expect(single.answerKey?.correctChoiceIds).toHaveLength(1);
    const multiple = await okQuestion(bankId, {
      type: 'MULTIPLE_CHOICE',
      prompt: T('Which are gender equality mechanisms?'),
      partialCredit: 'PROPORTIONAL',
      points: 2,
      choices: [
        { text: T('Gender focal points'), correct: true },
        { text: T('Gender advisers'), correct: true },
        { text: T('Catering') },
      ],
    });
    expect(multiple).toMatchObject({ points: 2, partialCredit: 'PROPORTIONAL' });
    const trueFalse = await okQuestion(bankId, {
      type: 'TRUE_FALSE',
      prompt: T('Gender means sex.'),
      trueFalseAnswer: false,
    });
    expect(trueFalse.answerKey?.correctChoiceIds).toEqual(['false']);
    const short = await okQuestion(bankId, {
      type: 'SHORT_ANSWER',
      prompt: T('Name the process of assessing implications for women and men.'),
      acceptedAnswers: [
        { locale: 'en', text: 'gender mainstreaming' },
        { locale: 'en', text: 'mainstreaming' },
      ],
      diacriticSensitive: false,
    });
    expect(short.answerKey?.acceptedAnswers).toHaveLength(2);
    await okQuestion(bankId, {
      type: 'MATCHING',
      prompt: T('Match the terms.'),
      choices: [
        { text: T('Sex'), match: T('Biological') },
        { text: T('Gender'), match: T('Social') },
      ],
    });
    const ordering = await okQuestion(bankId, {
      type: 'ORDERING',
      prompt: T('Order the steps.'),
      choices: [{ text: T('Analyse') }, { text: T('Plan') }, { text: T('Evaluate') }],
    });
    expect(ordering.answerKey?.order).toHaveLength(3);
    const likert = await okQuestion(bankId, {
      type: 'LIKERT',
      prompt: T('Gender perspectives improve operations.'),
      choices: ['Disagree', 'Neutral', 'Agree'].map((label) => ({ text: T(label) })),
    });
    expect(likert.points).toBe(0);

    const invalid: [Record<string, unknown>, { field: string; code: string }][] = [
      [
        {
          type: 'SINGLE_CHOICE',
          prompt: T('?'),
          choices: [
            { text: T('A'), correct: true },
            { text: T('B'), correct: true },
          ],
        },
        { field: 'choices', code: 'INVALID' },
      ],
      [
        { type: 'MATCHING', prompt: T('?'), choices: [{ text: T('A'), match: T('1') }] },
        { field: 'choices', code: 'TOO_SHORT' },
      ],
      [
        { type: 'ORDERING', prompt: T('?'), choices: [{ text: T('A') }] },
        { field: 'choices', code: 'TOO_SHORT' },
      ],
      [
        { type: 'LIKERT', prompt: T('?'), choices: [{ text: T('A') }, { text: T('B') }] },
        { field: 'choices', code: 'TOO_SHORT' },
      ],
      [
        { type: 'SHORT_ANSWER', prompt: T('?') },
        { field: 'acceptedAnswers', code: 'REQUIRED' },
      ],
      [
        { type: 'TRUE_FALSE', prompt: [], trueFalseAnswer: true },
        { field: 'prompt', code: 'REQUIRED' },
      ],
      [
        { type: 'TRUE_FALSE', prompt: T('?'), trueFalseAnswer: true, category: 'unknown' },
        { field: 'category', code: 'INVALID_VALUE' },
      ],
    ];
    for (const [input, problem] of invalid) {
      const result = await addQuestion(author, bankId, input);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(problemsOf(result)).toContainEqual(problem);
    }
    const bank = await author.ok<{ questionBank: { canEdit: boolean; questions: { type: string }[] } }>(
      `query($id: ID!) { questionBank(id: $id) { canEdit questions { type } } }`,
      { id: bankId },
    );
    expect(bank.questionBank.canEdit).toBe(true);
    expect(bank.questionBank.questions.map((q) => q.type)).toEqual([
      'SINGLE_CHOICE',
      'MULTIPLE_CHOICE',
      'TRUE_FALSE',
      'SHORT_ANSWER',
      'MATCHING',
      'ORDERING',
      'LIKERT',
    ]);
  });

  it('keeps other institutions out of a bank, and shows a shared bank to them without answer keys', async () => {
    const bankId = await createBank();
    const question = await okQuestion(bankId, {
      type: 'TRUE_FALSE',
      prompt: T('Sex is biological.'),
      trueFalseAnswer: true,
    });
    const read = `query($id: ID!) { questionBank(id: $id) { canEdit questions { id answerKey { correctChoiceIds } } } }`;
    expect(codeOf(await stranger.gql(read, { id: bankId }))).toBe('FORBIDDEN');
    expect(
      codeOf(
        await addQuestion(stranger, bankId, { type: 'TRUE_FALSE', prompt: T('x'), trueFalseAnswer: true }),
      ),
    ).toBe('FORBIDDEN');
    const share = await author.ok<{ updateQuestionBank: { rev: number; visibility: string } }>(
      `mutation($id: ID!) { updateQuestionBank(id: $id, input: { expectedRev: 1, visibility: REGIONAL }) { rev visibility } }`,
      { id: bankId },
    );
    expect(share.updateQuestionBank).toEqual({ rev: 2, visibility: 'REGIONAL' });
    const shared = await stranger.ok<{
      questionBank: { canEdit: boolean; questions: { id: string; answerKey: unknown }[] };
    }>(read, { id: bankId });
    expect(shared.questionBank).toEqual({
      canEdit: false,
      questions: [{ id: question.id, answerKey: null }],
    });
    const list = await stranger.ok<{ questionBanks: { nodes: { id: string }[] } }>(
      `{ questionBanks(first: 100) { nodes { id } } }`,
    );
    expect(list.questionBanks.nodes.map((node) => node.id)).toContain(bankId);
    const edit = await stranger.gql(
      `mutation($id: ID!, $input: QuestionInput!) { updateQuestion(id: $id, input: $input) { id } }`,
      {
        id: question.id,
        input: { expectedRev: 1, type: 'TRUE_FALSE', prompt: T('Hijacked'), trueFalseAnswer: false },
      },
    );
    expect(codeOf(edit)).toBe('FORBIDDEN');
    expect(
      codeOf(
        await stranger.gql(
          `mutation($id: ID!) { updateQuestionBank(id: $id, input: { expectedRev: 2, visibility: PUBLIC }) { id } }`,
          { id: bankId },
        ),
      ),
    ).toBe('FORBIDDEN');
    const stale = await author.gql(
      `mutation($id: ID!) { updateQuestionBank(id: $id, input: { expectedRev: 1, name: [{ locale: "en", text: "Late" }] }) { id } }`,
      { id: bankId },
    );
    expect(codeOf(stale)).toBe('EDIT_CONFLICT');
  });

  it('builds quizzes from random draws and fixed questions, pairs a pre-test with a post-test, freezes them at publication', async () => {
    const bankId = await createBank();
    const basics = [];
    for (const n of [1, 2, 3]) {
      basics.push(
        await okQuestion(bankId, {
          type: 'TRUE_FALSE',
          category: 'basics',
          prompt: T(`Basic ${n}`),
          trueFalseAnswer: true,
        }),
      );
    }
    const fixed = await okQuestion(bankId, {
      type: 'SINGLE_CHOICE',
      category: 'advanced',
      prompt: T('Advanced one'),
      choices: [{ text: T('Yes'), correct: true }, { text: T('No') }],
    });
    const { courseId, versionId, moduleId } = await createDraft(T('Gender in operations'));

    const quizData = await addQuiz(moduleId, {
      title: T('Final check'),
      kind: 'GRADED',
      passingScore: 70,
      attemptsAllowed: 3,
      countingRule: 'LAST',
      timeLimitSeconds: 600,
      shuffleQuestions: true,
      shuffleChoices: true,
      feedbackPolicy: 'AFTER_PASSING',
      answersPolicy: 'AFTER_LAST_ATTEMPT',
    });
    const quiz = (quizData.data as { addQuiz: QuizView }).addQuiz;
    const tooMany = await setItems(author, quiz.id, quiz.rev, [{ bankId, category: 'basics', count: 4 }]);
    expect(problemsOf(tooMany)).toContainEqual({ field: 'items.0.count', code: 'OUT_OF_RANGE' });
    const set = await setItems(author, quiz.id, quiz.rev, [
      { bankId, category: 'basics', count: 2 },
      { questionId: fixed.id },
    ]);
    const withItems = (set.data as { setQuizItems: QuizView }).setQuizItems;
    expect(withItems.rev).toBe(quiz.rev + 1);
    expect(withItems.items).toEqual([
      { questionId: null, bankId, category: 'basics', count: 2 },
      { questionId: fixed.id, bankId, category: null, count: null },
    ]);
    expect(withItems.questions.map((q) => q.id).sort()).toEqual(
      [...basics.map((q) => q.id), fixed.id].sort(),
    );
    expect(codeOf(await setItems(author, quiz.id, quiz.rev, []))).toBe('EDIT_CONFLICT');
    const staleQuiz = await author.gql(
      `mutation($id: ID!) { updateQuiz(id: $id, input: { expectedRev: 1, title: [{ locale: "en", text: "Late" }], kind: SURVEY }) { id } }`,
      { id: quiz.id },
    );
    expect(codeOf(staleQuiz)).toBe('EDIT_CONFLICT');

    const pre = (await addQuiz(moduleId, { title: T('Before'), kind: 'PRE_TEST', passingScore: 0 })).data
      ?.addQuiz as QuizView;
    const badPair = await addQuiz(moduleId, {
      title: T('Wrong'),
      kind: 'PRE_TEST',
      passingScore: 0,
      pairedQuizId: pre.id,
    });
    expect(problemsOf(badPair)).toContainEqual({ field: 'pairedQuizId', code: 'INVALID' });
    const post = (
      await addQuiz(moduleId, {
        title: T('After'),
        kind: 'POST_TEST',
        passingScore: 60,
        pairedQuizId: pre.id,
      })
    ).data?.addQuiz as QuizView;
    expect(post.pairedQuizId).toBe(pre.id);
    const survey = await addQuiz(moduleId, { title: T('Attitudes'), kind: 'SURVEY', passingScore: 50 });
    expect(problemsOf(survey)).toContainEqual({ field: 'passingScore', code: 'INVALID' });

    const outline = `query($id: ID!) { courseVersion(id: $id) { status snapshotHash modules { quizzes { id title { text } pairedQuizId ${''}questions { id prompt { text } } items { questionId } } } } }`;
    type Outline = {
      courseVersion: {
        status: string;
        snapshotHash: string | null;
        modules: { quizzes: (QuizView & { title: { text: string }[] })[] }[];
      };
    };
    const draft = await author.ok<Outline>(outline, { id: versionId });
    expect(draft.courseVersion.modules[0]?.quizzes.map((q) => [q.title[0]?.text, q.pairedQuizId])).toEqual([
      ['Final check', null],
      ['Before', post.id],
      ['After', pre.id],
    ]);

    await author.ok(`mutation($id: ID!) { submitVersion(id: $id) { id } }`, { id: versionId });
    await reviewer.ok(`mutation($id: ID!) { approveVersion(id: $id) { id } }`, { id: versionId });
    const published = await author.ok<Outline>(outline, { id: versionId });
    expect(published.courseVersion.status).toBe('PUBLISHED');
    const hash = published.courseVersion.snapshotHash;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);

    await author.ok(
      `mutation($id: ID!, $input: QuestionInput!) { updateQuestion(id: $id, input: $input) { id } }`,
      {
        id: fixed.id,
        input: {
          expectedRev: 1,
          type: 'SINGLE_CHOICE',
          category: 'advanced',
          prompt: T('Rewritten later'),
          choices: [{ text: T('Yes'), correct: true }, { text: T('No') }],
        },
      },
    );
    await okQuestion(bankId, {
      type: 'TRUE_FALSE',
      category: 'basics',
      prompt: T('Basic 4, added later'),
      trueFalseAnswer: true,
    });
    const after = await author.ok<Outline>(outline, { id: versionId });
    expect(after.courseVersion.snapshotHash).toBe(hash);
    const frozen = after.courseVersion.modules[0]?.quizzes[0]?.questions ?? [];
    expect(frozen.map((q) => q.prompt[0]?.text).sort()).toEqual([
      'Advanced one',
      'Basic 1',
      'Basic 2',
      'Basic 3',
    ]);

    const editPublished = await author.gql(
      `mutation($id: ID!) { updateQuiz(id: $id, input: { expectedRev: 2, title: [{ locale: "en", text: "Changed" }], kind: GRADED, passingScore: 10 }) { id } }`,
      { id: quiz.id },
    );
    expect(codeOf(editPublished)).toBe('VERSION_NOT_EDITABLE');
    expect(codeOf(await setItems(author, quiz.id, 2, []))).toBe('VERSION_NOT_EDITABLE');
    expect(codeOf(await addQuiz(moduleId, { title: T('Late'), kind: 'SURVEY' }))).toBe(
      'VERSION_NOT_EDITABLE',
    );

    const next = await author.ok<{ createDraft: { id: string } }>(
      `mutation($id: ID!) { createDraft(courseId: $id) { id } }`,
      { id: courseId },
    );
    const copied = await author.ok<Outline>(outline, { id: next.createDraft.id });
    const [finalCopy, preCopy, postCopy] = copied.courseVersion.modules[0]?.quizzes ?? [];
    expect(finalCopy?.id).not.toBe(quiz.id);
    expect(finalCopy?.items.map((item) => item.questionId)).toEqual([null, fixed.id]);
    expect(finalCopy?.questions.map((q) => q.prompt[0]?.text).sort()).toEqual([
      'Basic 1',
      'Basic 2',
      'Basic 3',
      'Basic 4, added later',
      'Rewritten later',
    ]);
    expect(preCopy?.pairedQuizId).toBe(postCopy?.id);
    expect(postCopy?.pairedQuizId).toBe(preCopy?.id);
  });

  it('counts question texts in a version’s completeness per language', async () => {
    const bankId = await createBank();
    const question = await okQuestion(bankId, {
      type: 'SINGLE_CHOICE',
      prompt: T('Question', 'Pitanje'),
      choices: [{ text: T('Yes', 'Da'), correct: true }, { text: T('No', 'Ne') }],
      feedback: { correct: T('Right', 'Tačno') },
    });
    const { versionId, moduleId } = await createDraft(T('Course', 'Kurs'));
    const quiz = (await addQuiz(moduleId, { title: T('Quiz', 'Kviz'), kind: 'GRADED', passingScore: 50 }))
      .data?.addQuiz as QuizView;
    await setItems(author, quiz.id, quiz.rev, [{ questionId: question.id }]);
    const completeness = async () =>
      Object.fromEntries(
        (
          await author.ok<{
            courseVersion: { completeness: { locale: string; complete: boolean; missing: number }[] };
          }>(`query($id: ID!) { courseVersion(id: $id) { completeness { locale complete missing } } }`, {
            id: versionId,
          })
        ).courseVersion.completeness.map((row) => [row.locale, row]),
      );
    expect((await completeness())['bs']).toMatchObject({ complete: true, missing: 0 });
    await author.ok(
      `mutation($id: ID!, $input: QuestionInput!) { updateQuestion(id: $id, input: $input) { id } }`,
      {
        id: question.id,
        input: {
          expectedRev: 1,
          type: 'SINGLE_CHOICE',
          prompt: T('Question', 'Pitanje'),
          choices: [{ text: T('Yes', 'Da'), correct: true }, { text: T('No') }],
          feedback: { correct: T('Right', 'Tačno') },
        },
      },
    );
    const now = await completeness();
    expect(now['bs']).toMatchObject({ complete: false, missing: 1 });
    expect(now['en']).toMatchObject({ complete: true, missing: 0 });
  });
});
