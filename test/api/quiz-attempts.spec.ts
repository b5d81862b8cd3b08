import { PartialCreditRule, QuestionType, QuizKind, RevealPolicy, CountingRule } from '@parity/curriculum';
import type { Institution } from '@parity/identity';
import { Enrolment, EnrolmentStatus, QuizOutcome } from '@parity/learning';
import { AttemptAnswer, OverdueAttempts, QuizAttempt } from '@parity/assessment';
import type { QuizSpec } from '../../libs/assessment/src/testing/given-quiz-course';
import { questionFixture } from '../../libs/assessment/src/testing/question-fixture';
import { given, TEST_PASSWORD } from '@parity/shared/testing';
import type { ApiClient, TestApp } from '../support/test-app';
import { givenQuizLearner, startQuizWorld, twoQuestions, type QuizWorld } from '../support/quiz-learner';

const ATTEMPT = `
  id number status startedAt deadlineAt submittedAt autoSubmitted title { text locale }
  questions { key position type prompt { text } points options { id text { text } } matchTargets { id text { text } }
    answer { optionIds text pairs { optionId targetId } savedAt } }
  result { score points maxPoints passed countedScore attemptsLeft
    knowledgeGain { preQuizId postQuizId preScore postScore gain }
    review { key position earnedPoints maxPoints correct feedback { text } correctAnswer { optionIds texts pairs { optionId targetId } } } }`;

interface Option {
  id: string;
  text: { text: string };
}
interface Question {
  key: string;
  position: number;
  type: string;
  prompt: { text: string };
  options: Option[];
  matchTargets: Option[];
  answer: {
    optionIds: string[];
    text: string | null;
    pairs: { optionId: string; targetId: string }[];
  } | null;
}
interface Review {
  key: string;
  earnedPoints: number;
  maxPoints: number;
  correct: boolean | null;
  feedback: { text: string } | null;
  correctAnswer: {
    optionIds: string[];
    texts: string[];
    pairs: { optionId: string; targetId: string }[];
  } | null;
}
interface Attempt {
  id: string;
  number: number;
  status: string;
  deadlineAt: string | null;
  autoSubmitted: boolean;
  questions: Question[];
  result: {
    score: number | null;
    points: number;
    maxPoints: number;
    passed: boolean | null;
    countedScore: number | null;
    attemptsLeft: number | null;
    knowledgeGain: { preScore: number | null; postScore: number | null; gain: number | null } | null;
    review: Review[];
  } | null;
}

const START = `mutation($e: ID!, $q: ID!) { startQuizAttempt(enrolmentId: $e, quizId: $q) { ${ATTEMPT} } }`;
const SAVE = `mutation($a: ID!, $k: ID!, $answer: AnswerInput!) {
  saveAttemptAnswer(attemptId: $a, questionKey: $k, answer: $answer) { optionIds text pairs { optionId targetId } savedAt } }`;
const SUBMIT = `mutation($a: ID!) { submitQuizAttempt(attemptId: $a) { ${ATTEMPT} } }`;
const READ = `query($id: ID!) { quizAttempt(id: $id) { ${ATTEMPT} } }`;
const LIST = `query($e: ID!, $q: ID!) { quizAttempts(enrolmentId: $e, quizId: $q) { ${ATTEMPT} } }`;

const optionByText = (question: Question, text: string): string => {
  const option = question.options.find((candidate) => candidate.text.text === text);
  if (!option) throw new Error(`no option ${text}`);
  return option.id;
};

describe('quiz attempts (API)', () => {
  let t: TestApp;
  let institution: Institution;
  let world: QuizWorld;

  beforeAll(async () => {
    world = await startQuizWorld();
    ({ t, institution } = world);
  });
  afterAll(() => t.close());

  /** A learner signed in, enrolled in a fresh course with the given quizzes. */
  async function learnerWith(quizzes: QuizSpec[]) {
    const enrolled = await givenQuizLearner(world, quizzes);
    const { client, enrolmentId, quizIds } = enrolled;
    const start = async (quizId = quizIds[0]!) =>
      (await client.ok<{ startQuizAttempt: Attempt }>(START, { e: enrolmentId, q: quizId })).startQuizAttempt;
    return { ...enrolled, start };
  }

  const submit = async (client: ApiClient, attemptId: string) =>
    (await client.ok<{ submitQuizAttempt: Attempt }>(SUBMIT, { a: attemptId })).submitQuizAttempt;

  /** Answers every single-choice question with the option of that text prefix ("Right" or "Wrong"). */
  async function answerAll(client: ApiClient, attempt: Attempt, choice: 'Right' | 'Wrong') {
    for (const question of attempt.questions) {
      const option = question.options.find((o) => o.text.text.startsWith(choice))!;
      await client.ok(SAVE, { a: attempt.id, k: question.key, answer: { optionIds: [option.id] } });
    }
  }

  it('starts an attempt and resumes the same one (same questions, order and ids) until it is submitted', async () => {
    const { start } = await learnerWith([
      { settings: { shuffleQuestions: true, shuffleChoices: true }, questions: twoQuestions() },
    ]);
    const first = await start();
    expect(first).toMatchObject({
      number: 1,
      status: 'IN_PROGRESS',
      result: null,
      title: { text: 'Check your knowledge' },
    });
    expect(first.questions).toHaveLength(2);
    const again = await start();
    expect(again.id).toBe(first.id);
    expect(again.questions).toEqual(first.questions);
  });

  it('starts one attempt when the learner starts it 20 times in parallel (e.g. two tabs, retries)', async () => {
    const { client, enrolmentId, quizIds } = await learnerWith([{ questions: twoQuestions() }]);
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        client.gql<{ startQuizAttempt: Attempt }>(START, { e: enrolmentId, q: quizIds[0] }),
      ),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(new Set(results.map((r) => r.data?.startQuizAttempt.id)).size).toBe(1);
    expect(await t.em().count(QuizAttempt, { enrolment: enrolmentId })).toBe(1);
  });

  it('restores autosaved answers when the attempt is read again, the latest save winning', async () => {
    const { client, start } = await learnerWith([{ questions: twoQuestions() }]);
    const attempt = await start();
    const [q1] = attempt.questions;
    await client.ok(SAVE, {
      a: attempt.id,
      k: q1!.key,
      answer: { optionIds: [optionByText(q1!, 'Wrong 1')] },
    });
    const saved = await client.ok<{ saveAttemptAnswer: { optionIds: string[] } }>(SAVE, {
      a: attempt.id,
      k: q1!.key,
      answer: { optionIds: [optionByText(q1!, 'Right 1')] },
    });
    expect(saved.saveAttemptAnswer.optionIds).toEqual([optionByText(q1!, 'Right 1')]);
    const read = (await client.ok<{ quizAttempt: Attempt }>(READ, { id: attempt.id })).quizAttempt;
    expect(read.questions[0]!.answer?.optionIds).toEqual([optionByText(q1!, 'Right 1')]);
    expect(read.questions[1]!.answer).toBeNull();
  });

  it('refuses answers that do not fit the question (BAD_USER_INPUT), saving nothing', async () => {
    const { client, start } = await learnerWith([{ questions: twoQuestions() }]);
    const attempt = await start();
    const q1 = attempt.questions[0]!;
    const bad = [
      { k: q1.key, answer: { optionIds: ['not-an-option'] } },
      { k: q1.key, answer: { optionIds: q1.options.map((o) => o.id) } },
      { k: q1.key, answer: { text: 'free text on a choice question' } },
      { k: 'no-such-question', answer: { optionIds: [] } },
    ];
    for (const { k, answer } of bad) {
      const result = await client.gql(SAVE, { a: attempt.id, k, answer });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const malformed = await client.gql(SAVE, { a: 'not-a-uuid', k: q1.key, answer: {} });
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const read = (await client.ok<{ quizAttempt: Attempt }>(READ, { id: attempt.id })).quizAttempt;
    expect(read.questions.every((q) => q.answer === null)).toBe(true);
  });

  it('grades every question type on submission and closes the attempt to further answers', async () => {
    const questions = [
      questionFixture({
        type: QuestionType.MULTIPLE_CHOICE,
        partialCredit: PartialCreditRule.PROPORTIONAL,
        points: 2,
        choices: [
          { id: 'a', text: { en: 'A' }, correct: true },
          { id: 'b', text: { en: 'B' }, correct: true },
          { id: 'c', text: { en: 'C' }, correct: false },
        ],
      }),
      questionFixture({
        type: QuestionType.SHORT_ANSWER,
        acceptedAnswers: { hr: ['Rodna ravnopravnost'] },
      }),
      questionFixture({
        type: QuestionType.MATCHING,
        choices: [
          { id: 'l1', text: { en: 'L1' }, match: { en: 'R1' } },
          { id: 'l2', text: { en: 'L2' }, match: { en: 'R2' } },
        ],
      }),
      questionFixture({
        type: QuestionType.ORDERING,
        choices: [
          { id: 'o1', text: { en: 'First' }, order: 1 },
          { id: 'o2', text: { en: 'Second' }, order: 2 },
          { id: 'o3', text: { en: 'Third' }, order: 3 },
        ],
      }),
      questionFixture({
        type: QuestionType.TRUE_FALSE,
        choices: [
          { id: 't', text: { en: 'True' }, correct: true },
          { id: 'f', text: { en: 'False' }, correct: false },
        ],
      }),
      questionFixture({
        type: QuestionType.LIKERT,
        choices: [
          { id: 'l-1', text: { en: 'Disagree' } },
          { id: 'l-2', text: { en: 'Agree' } },
        ],
      }),
    ];
    const { client, start } = await learnerWith([{ settings: { passingScore: 80 }, questions }]);
    const attempt = await start();
    const [multiple, short, matching, ordering, trueFalse, likert] = attempt.questions;
    expect(attempt.questions.map((q) => q.type)).toEqual([
      'MULTIPLE_CHOICE',
      'SHORT_ANSWER',
      'MATCHING',
      'ORDERING',
      'TRUE_FALSE',
      'LIKERT',
    ]);
    const save = (q: Question, answer: object) => client.ok(SAVE, { a: attempt.id, k: q.key, answer });
    await save(multiple!, { optionIds: [optionByText(multiple!, 'A')] }); // 1 of 2 points
    await save(short!, { text: '  RODNA ravnopravnost ' }); // 1
    const target = (text: string) => matching!.matchTargets.find((m) => m.text.text === text)!.id;
    await save(matching!, {
      pairs: [
        { optionId: optionByText(matching!, 'L1'), targetId: target('R1') },
        { optionId: optionByText(matching!, 'L2'), targetId: target('R2') },
      ],
    }); // 1
    await save(ordering!, {
      optionIds: ['Second', 'First', 'Third'].map((text) => optionByText(ordering!, text)),
    }); // 0
    await save(trueFalse!, { optionIds: [optionByText(trueFalse!, 'True')] }); // 1
    await save(likert!, { optionIds: [optionByText(likert!, 'Agree')] }); // 0 of 0
    const submitted = await submit(client, attempt.id);
    expect(submitted.status).toBe('SUBMITTED');
    expect(submitted.result).toMatchObject({
      points: 4,
      maxPoints: 6,
      score: 66.67,
      passed: false,
      countedScore: 66.67,
    });
    expect(submitted.result!.review.map((r) => [r.earnedPoints, r.maxPoints, r.correct])).toEqual([
      [1, 2, false],
      [1, 1, true],
      [1, 1, true],
      [0, 1, false],
      [1, 1, true],
      [0, 0, null],
    ]);
    const late = await client.gql(SAVE, { a: attempt.id, k: trueFalse!.key, answer: { optionIds: [] } });
    expect(late.errors?.[0]?.extensions?.code).toBe('ATTEMPT_CLOSED');
  });

  it('enforces the attempt limit, and an extra attempt granted lets the learner try once more', async () => {
    const { client, start, enrolmentId, quizIds } = await learnerWith([
      { settings: { attemptsAllowed: 1 }, questions: twoQuestions() },
    ]);
    const first = await start();
    await answerAll(client, first, 'Wrong');
    expect((await submit(client, first.id)).result?.attemptsLeft).toBe(0);
    const refused = await client.gql(START, { e: enrolmentId, q: quizIds[0] });
    expect(refused.errors?.[0]?.extensions?.code).toBe('NO_ATTEMPTS_LEFT');
    const em = t.em();
    const outcome = await em.findOneOrFail(QuizOutcome, { enrolment: enrolmentId, quizId: quizIds[0]! });
    outcome.extraAttempts = 1;
    await em.flush();
    const second = await start();
    expect(second.number).toBe(2);
    await answerAll(client, second, 'Right');
    const result = (await submit(client, second.id)).result;
    expect(result).toMatchObject({ score: 100, passed: true, attemptsLeft: 0 });
  });

  it('counts the highest or the last attempt, as the quiz says', async () => {
    for (const [rule, expected] of [
      [CountingRule.HIGHEST, 100],
      [CountingRule.LAST, 50],
    ] as const) {
      const { client, start } = await learnerWith([
        { settings: { countingRule: rule }, questions: twoQuestions() },
      ]);
      const first = await start();
      await answerAll(client, first, 'Right');
      await submit(client, first.id);
      const second = await start();
      const [q1, q2] = second.questions;
      await client.ok(SAVE, {
        a: second.id,
        k: q1!.key,
        answer: { optionIds: [optionByText(q1!, 'Right 1')] },
      });
      await client.ok(SAVE, {
        a: second.id,
        k: q2!.key,
        answer: { optionIds: [optionByText(q2!, 'Wrong 2')] },
      });
      const result = (await submit(client, second.id)).result!;
      expect({ rule, score: result.score, counted: result.countedScore }).toEqual({
        rule,
        score: 50,
        counted: expected,
      });
    }
  });

  it('shows feedback and correct answers only as the review policies allow', async () => {
    const quiz = (
      feedbackPolicy: RevealPolicy,
      answersPolicy: RevealPolicy,
      attemptsAllowed: number | null = null,
    ) => ({
      settings: { feedbackPolicy, answersPolicy, attemptsAllowed },
      questions: twoQuestions(),
    });
    const { client, start, quizIds } = await learnerWith([
      quiz(RevealPolicy.NEVER, RevealPolicy.NEVER),
      quiz(RevealPolicy.AFTER_EACH_ATTEMPT, RevealPolicy.AFTER_PASSING),
      quiz(RevealPolicy.AFTER_LAST_ATTEMPT, RevealPolicy.AFTER_LAST_ATTEMPT, 2),
    ]);
    const take = async (quizId: string, choice: 'Right' | 'Wrong') => {
      const attempt = await start(quizId);
      await answerAll(client, attempt, choice);
      return submit(client, attempt.id);
    };

    const never = await take(quizIds[0]!, 'Right');
    expect(never.result).toMatchObject({ score: 100, review: [] });

    const failed = await take(quizIds[1]!, 'Wrong');
    expect(failed.result!.review.map((r) => [r.correct, r.feedback?.text, r.correctAnswer])).toEqual([
      [false, 'General 1\n\nNot quite 1', null],
      [false, 'General 2\n\nNot quite 2', null],
    ]);
    const passed = await take(quizIds[1]!, 'Right');
    const q1 = passed.questions[0]!;
    expect(passed.result!.review[0]).toMatchObject({
      correct: true,
      feedback: { text: 'General 1\n\nWell done 1' },
      correctAnswer: { optionIds: [optionByText(q1, 'Right 1')], texts: [], pairs: [] },
    });
    // Once passed, the earlier attempt's answers are shown too.
    const earlier = (await client.ok<{ quizAttempt: Attempt }>(READ, { id: failed.id })).quizAttempt;
    expect(earlier.result!.review[0]!.correctAnswer?.optionIds).toHaveLength(1);

    const firstOfTwo = await take(quizIds[2]!, 'Wrong');
    expect(firstOfTwo.result).toMatchObject({ attemptsLeft: 1, review: [] });
    const lastOfTwo = await take(quizIds[2]!, 'Wrong');
    expect(lastOfTwo.result!.attemptsLeft).toBe(0);
    expect(lastOfTwo.result!.review).toHaveLength(2);
    expect(lastOfTwo.result!.review[0]!.correctAnswer?.optionIds).toEqual([
      optionByText(lastOfTwo.questions[0]!, 'Right 1'),
    ]);
  });

  it('shows the knowledge gain between a pre-test and its post-test', async () => {
    const { client, start, quizIds } = await learnerWith([
      { settings: { kind: QuizKind.PRE_TEST, passingScore: null }, questions: twoQuestions(), pairedWith: 1 },
      { settings: { kind: QuizKind.POST_TEST }, questions: twoQuestions(), pairedWith: 0 },
    ]);
    const pre = await start(quizIds[0]);
    const [p1, p2] = pre.questions;
    await client.ok(SAVE, { a: pre.id, k: p1!.key, answer: { optionIds: [optionByText(p1!, 'Right 1')] } });
    await client.ok(SAVE, { a: pre.id, k: p2!.key, answer: { optionIds: [optionByText(p2!, 'Wrong 2')] } });
    const preResult = (await submit(client, pre.id)).result!;
    expect(preResult.passed).toBeNull();
    expect(preResult.knowledgeGain).toMatchObject({ preScore: 50, postScore: null, gain: null });
    const post = await start(quizIds[1]);
    await answerAll(client, post, 'Right');
    expect((await submit(client, post.id)).result!.knowledgeGain).toMatchObject({
      preQuizId: quizIds[0],
      postQuizId: quizIds[1],
      preScore: 50,
      postScore: 100,
      gain: 50,
    });
  });

  it('lists a learner’s attempts of a quiz, and keeps them from other learners', async () => {
    const { client, start, enrolmentId, quizIds } = await learnerWith([{ questions: twoQuestions() }]);
    const first = await start();
    await submit(client, first.id);
    const second = await start();
    const list = (await client.ok<{ quizAttempts: Attempt[] }>(LIST, { e: enrolmentId, q: quizIds[0] }))
      .quizAttempts;
    expect(list.map((a) => [a.number, a.status])).toEqual([
      [1, 'SUBMITTED'],
      [2, 'IN_PROGRESS'],
    ]);
    const other = await given(t.em()).user({ institution });
    const stranger = await t.client().signIn(other.email, TEST_PASSWORD);
    for (const [query, variables] of [
      [READ, { id: second.id }],
      [LIST, { e: enrolmentId, q: quizIds[0] }],
      [SUBMIT, { a: second.id }],
      [SAVE, { a: second.id, k: second.questions[0]!.key, answer: {} }],
      [START, { e: enrolmentId, q: quizIds[0] }],
    ] as const) {
      expect((await stranger.gql(query, variables)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('refuses answers once the deadline (and its grace) has passed', async () => {
    const { client, start } = await learnerWith([
      { settings: { timeLimitSeconds: 600 }, questions: twoQuestions() },
    ]);
    const attempt = await start();
    expect(attempt.deadlineAt).not.toBeNull();
    const em = t.em();
    await em.nativeUpdate(QuizAttempt, { id: attempt.id }, { deadlineAt: new Date(Date.now() - 60_000) });
    const late = await client.gql(SAVE, {
      a: attempt.id,
      k: attempt.questions[0]!.key,
      answer: { optionIds: [] },
    });
    expect(late.errors?.[0]?.extensions?.code).toBe('ATTEMPT_CLOSED');
  });

  /** Moves an attempt's deadline into the past, in the database's clock. */
  const deadlinePassed = (attemptId: string, ago: string) =>
    t
      .em()
      .execute(`update "quiz_attempt" set "deadline_at" = now() - ?::interval where "id" = ?`, [
        ago,
        attemptId,
      ]);

  it('resumes an attempt past its deadline but within the grace: nobody closes it yet, answers still count', async () => {
    const { client, start, enrolmentId } = await learnerWith([
      { settings: { timeLimitSeconds: 600 }, questions: twoQuestions() },
    ]);
    const attempt = await start();
    await deadlinePassed(attempt.id, '1 second');
    const resumed = await start();
    expect(resumed).toMatchObject({ id: attempt.id, status: 'IN_PROGRESS' });
    expect(await t.get(OverdueAttempts).close(attempt.id)).toBe(false);
    await answerAll(client, resumed, 'Right');
    expect((await submit(client, attempt.id)).result).toMatchObject({ score: 100 });
    expect(await t.em().count(QuizAttempt, { enrolment: enrolmentId })).toBe(1);
  });

  it('start closes an attempt past its deadline and grace and returns it submitted, starting no other', async () => {
    const { client, start, enrolmentId } = await learnerWith([
      { settings: { timeLimitSeconds: 600 }, questions: twoQuestions() },
    ]);
    const attempt = await start();
    await answerAll(client, attempt, 'Right');
    await deadlinePassed(attempt.id, '1 minute');
    const closed = await start();
    expect(closed).toMatchObject({ id: attempt.id, status: 'SUBMITTED', autoSubmitted: true });
    expect(closed.result).toMatchObject({ score: 100 });
    expect(await t.em().count(QuizAttempt, { enrolment: enrolmentId })).toBe(1);
    expect(await start()).toMatchObject({ number: 2, status: 'IN_PROGRESS' });
  });

  it('refuses the learner’s answers and submit once the enrolment is withdrawn or expired; the server still closes', async () => {
    for (const status of [EnrolmentStatus.WITHDRAWN, EnrolmentStatus.EXPIRED]) {
      const { client, start, enrolmentId } = await learnerWith([
        { settings: { timeLimitSeconds: 600 }, questions: twoQuestions() },
      ]);
      const attempt = await start();
      await answerAll(client, attempt, 'Right');
      await t.em().nativeUpdate(Enrolment, { id: enrolmentId }, { status });
      const q1 = attempt.questions[0]!;
      const save = await client.gql(SAVE, {
        a: attempt.id,
        k: q1.key,
        answer: { optionIds: [q1.options[1]!.id] },
      });
      const submitted = await client.gql(SUBMIT, { a: attempt.id });
      expect({
        status,
        save: save.errors?.[0]?.extensions?.code,
        submit: submitted.errors?.[0]?.extensions?.code,
      }).toEqual({
        status,
        save: 'ENROLMENT_NOT_ACTIVE',
        submit: 'ENROLMENT_NOT_ACTIVE',
      });
      await deadlinePassed(attempt.id, '1 minute');
      expect(await t.get(OverdueAttempts).close(attempt.id)).toBe(true);
      expect(await t.em().findOneOrFail(QuizAttempt, attempt.id)).toMatchObject({
        status: 'submitted',
        autoSubmitted: true,
        score: 100,
      });
    }
  });

  it('lets the learner finish an open attempt once the enrolment completed (e.g. a survey when the course completes)', async () => {
    const { client, start, enrolmentId } = await learnerWith([{ questions: twoQuestions() }]);
    const attempt = await start();
    await t.em().nativeUpdate(Enrolment, { id: enrolmentId }, { status: EnrolmentStatus.COMPLETED });
    await answerAll(client, attempt, 'Right');
    expect(await submit(client, attempt.id)).toMatchObject({ status: 'SUBMITTED', result: { score: 100 } });
  });

  it('grades once when the same attempt is submitted 50 times in parallel: identical results, no errors', async () => {
    const { client, start, enrolmentId, quizIds } = await learnerWith([{ questions: twoQuestions() }]);
    const attempt = await start();
    await answerAll(client, attempt, 'Right');
    const results = await Promise.all(
      Array.from({ length: 50 }, () => client.gql<{ submitQuizAttempt: Attempt }>(SUBMIT, { a: attempt.id })),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const bodies = new Set(results.map((r) => JSON.stringify(r.data?.submitQuizAttempt)));
    expect(bodies.size).toBe(1);
    const em = t.em();
    const outcome = await em.findOneOrFail(QuizOutcome, { enrolment: enrolmentId, quizId: quizIds[0]! });
    expect(outcome.attemptsUsed).toBe(1);
    const stored = await em.findOneOrFail(QuizAttempt, attempt.id);
    expect(stored).toMatchObject({ status: 'submitted', score: 100, autoSubmitted: false });
    const answers = await em.find(AttemptAnswer, { attempt: attempt.id });
    expect(answers.map((a) => a.earnedPoints)).toEqual([1, 1]);
  });
});
