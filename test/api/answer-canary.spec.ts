import { PartialCreditRule, QuestionType, RevealPolicy, type QuestionData } from '@parity/curriculum';
import { questionFixture } from '../../libs/assessment/src/testing/question-fixture';
import type { ApiClient, GraphqlResult } from '../support/test-app';
import { givenQuizLearner, startQuizWorld, type QuizWorld } from '../support/quiz-learner';

/**
 * Every secret of the answer key carries a unique marker: the ids of correct choices and of the questions, every
 * accepted answer, every feedback text. (The texts of choices, items and match targets are not secret: a learner must
 * read them to answer; what is secret is which of them is right, which is where the markers are.)
 */
let markers = 0;
const marker = (kind: string): string => `CANARY${kind}${++markers}X`;
const feedback = () => ({
  general: { en: `General ${marker('FB')}` },
  correct: { en: `Correct ${marker('FB')}` },
  incorrect: { en: `Incorrect ${marker('FB')}` },
});

function canaryQuestions(): QuestionData[] {
  const base = (type: QuestionType, rest: Partial<QuestionData>) =>
    questionFixture({ id: marker('QID'), type, feedback: feedback(), ...rest });
  return [
    base(QuestionType.SINGLE_CHOICE, {
      choices: [
        { id: marker('CID'), text: { en: 'Women, peace and security' }, correct: true },
        { id: 'plain-wrong-1', text: { en: 'Maritime law' }, correct: false },
      ],
    }),
    base(QuestionType.MULTIPLE_CHOICE, {
      partialCredit: PartialCreditRule.PROPORTIONAL,
      choices: [
        { id: marker('CID'), text: { en: 'Participation' }, correct: true },
        { id: marker('CID'), text: { en: 'Protection' }, correct: true },
        { id: 'plain-wrong-2', text: { en: 'Punishment' }, correct: false },
      ],
    }),
    base(QuestionType.TRUE_FALSE, {
      choices: [
        { id: marker('CID'), text: { en: 'True' }, correct: true },
        { id: 'plain-false', text: { en: 'False' }, correct: false },
      ],
    }),
    base(QuestionType.SHORT_ANSWER, {
      acceptedAnswers: { en: [marker('ACC'), marker('ACC')], hr: [marker('ACC')] },
    }),
    base(QuestionType.MATCHING, {
      choices: [
        { id: marker('CID'), text: { en: 'UNSCR 1325' }, match: { en: 'Women, peace and security' } },
        { id: marker('CID'), text: { en: 'CEDAW' }, match: { en: 'Discrimination' } },
      ],
    }),
    base(QuestionType.ORDERING, {
      choices: [
        { id: marker('CID'), text: { en: 'Plan' }, order: 1 },
        { id: marker('CID'), text: { en: 'Act' }, order: 2 },
        { id: marker('CID'), text: { en: 'Review' }, order: 3 },
      ],
    }),
    base(QuestionType.LIKERT, {
      choices: [
        { id: 'scale-1', text: { en: 'Disagree' } },
        { id: 'scale-2', text: { en: 'Agree' } },
      ],
    }),
  ];
}

const ATTEMPT = `id status number deadlineAt submittedAt autoSubmitted title { text locale transliterated }
  questions { key position type prompt { text locale } points options { id text { text } } matchTargets { id text { text } }
    answer { optionIds text pairs { optionId targetId } savedAt } }
  result { score points maxPoints passed countedScore attemptsLeft knowledgeGain { gain }
    review { key position earnedPoints maxPoints correct feedback { text } correctAnswer { optionIds texts pairs { optionId targetId } } } }`;

interface Question {
  key: string;
  type: string;
  options: { id: string }[];
  matchTargets: { id: string }[];
}
interface Attempt {
  id: string;
  questions: Question[];
}

/** A client that keeps every response body it received (data and errors). */
class RecordingClient {
  readonly bodies: string[] = [];

  constructor(private readonly client: ApiClient) {}

  async gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<GraphqlResult<T>> {
    const result = await this.client.gql<T>(query, variables);
    this.bodies.push(JSON.stringify(result));
    return result;
  }

  async ok<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.gql<T>(query, variables);
    if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  }

  leaked(): string[] {
    return this.bodies.flatMap((body) => body.match(/CANARY[A-Z]+\d+X/g) ?? []);
  }
}

describe('the answer canary: nothing of the answer key reaches the learner before submission', () => {
  let world: QuizWorld;

  beforeAll(async () => {
    world = await startQuizWorld();
  });
  afterAll(() => world.t.close());

  async function canaryAttempt(
    feedbackPolicy: RevealPolicy,
    answersPolicy: RevealPolicy,
    attemptsAllowed: number | null = null,
  ) {
    const { client, enrolmentId, quizIds } = await givenQuizLearner(world, [
      {
        settings: {
          feedbackPolicy,
          answersPolicy,
          attemptsAllowed,
          shuffleChoices: true,
          shuffleQuestions: true,
          timeLimitSeconds: 3600,
        },
        questions: canaryQuestions(),
      },
    ]);
    return { client: new RecordingClient(client), variables: { e: enrolmentId, q: quizIds[0]! } };
  }

  /** A whole attempt before submission: start, resume, read, list, every answer saved, and bad requests. */
  async function takeWithoutSubmitting(
    client: RecordingClient,
    variables: { e: string; q: string },
  ): Promise<Attempt> {
    const start = `mutation($e: ID!, $q: ID!) { startQuizAttempt(enrolmentId: $e, quizId: $q) { ${ATTEMPT} } }`;
    const { startQuizAttempt: attempt } = await client.ok<{ startQuizAttempt: Attempt }>(start, variables);
    await client.ok(start, variables);
    const save = `mutation($a: ID!, $k: ID!, $answer: AnswerInput!) {
      saveAttemptAnswer(attemptId: $a, questionKey: $k, answer: $answer) { optionIds text pairs { optionId targetId } savedAt } }`;
    for (const question of attempt.questions) {
      const answer =
        question.type === 'SHORT_ANSWER'
          ? { text: 'a guess' }
          : question.type === 'MATCHING'
            ? { pairs: [{ optionId: question.options[0]!.id, targetId: question.matchTargets[0]!.id }] }
            : question.type === 'ORDERING'
              ? { optionIds: question.options.map((o) => o.id) }
              : { optionIds: [question.options[0]!.id] };
      await client.ok(save, { a: attempt.id, k: question.key, answer });
      // Deliberately bad answers: wrong shape, unknown ids, a key of no question.
      await client.gql(save, {
        a: attempt.id,
        k: question.key,
        answer: { optionIds: ['nope'], text: 'x', pairs: [] },
      });
      await client.gql(save, {
        a: attempt.id,
        k: question.key,
        answer: { pairs: [{ optionId: 'a', targetId: 'b' }] },
      });
    }
    await client.gql(save, { a: attempt.id, k: 'unknown', answer: { optionIds: [] } });
    await client.gql(save, { a: 'not-a-uuid', k: 'unknown', answer: {} });
    // Asking for fields that would carry the answer key fails validation, naming nothing secret.
    await client.gql(
      `query($id: ID!) { quizAttempt(id: $id) { questions { correct feedback options { correct } } } }`,
      {
        id: attempt.id,
      },
    );
    await client.gql(`query($id: ID!) { quizAttempt(id: $id) { ${ATTEMPT} } }`, { id: attempt.id });
    await client.gql(
      `query($e: ID!, $q: ID!) { quizAttempts(enrolmentId: $e, quizId: $q) { ${ATTEMPT} } }`,
      variables,
    );
    await client.gql(`{ __type(name: "AttemptQuestion") { fields { name } } }`);
    return attempt;
  }

  const submit = (client: RecordingClient, attempt: Attempt) =>
    client.ok(`mutation($a: ID!) { submitQuizAttempt(attemptId: $a) { ${ATTEMPT} } }`, { a: attempt.id });

  it('the learner’s question type has no field that could carry an answer, a score or feedback', async () => {
    const { client } = await canaryAttempt(RevealPolicy.NEVER, RevealPolicy.NEVER);
    const result = await client.ok<{ __type: { fields: { name: string }[] } }>(
      `{ __type(name: "AttemptQuestion") { fields { name } } }`,
    );
    expect(result.__type.fields.map((field) => field.name).sort()).toEqual(
      ['answer', 'key', 'matchTargets', 'options', 'points', 'position', 'prompt', 'type'].sort(),
    );
  });

  it('no marker appears in any response of a whole attempt before submission, even to bad requests', async () => {
    const { client, variables } = await canaryAttempt(
      RevealPolicy.AFTER_EACH_ATTEMPT,
      RevealPolicy.AFTER_EACH_ATTEMPT,
    );
    await takeWithoutSubmitting(client, variables);
    expect(client.bodies.length).toBeGreaterThan(20);
    expect(client.bodies.some((body) => body.includes('BAD_USER_INPUT'))).toBe(true);
    expect(client.leaked()).toEqual([]);
  });

  it('after submission with a "never" policy, still no marker appears', async () => {
    const { client, variables } = await canaryAttempt(RevealPolicy.NEVER, RevealPolicy.NEVER);
    const attempt = await takeWithoutSubmitting(client, variables);
    await submit(client, attempt);
    await client.ok(`query($id: ID!) { quizAttempt(id: $id) { ${ATTEMPT} } }`, { id: attempt.id });
    expect(client.leaked()).toEqual([]);
  });

  it('after submission, feedback and accepted answers appear as the policy allows; choice and question ids never', async () => {
    const { client, variables } = await canaryAttempt(
      RevealPolicy.AFTER_EACH_ATTEMPT,
      RevealPolicy.AFTER_EACH_ATTEMPT,
    );
    const attempt = await takeWithoutSubmitting(client, variables);
    const before = client.bodies.length;
    await submit(client, attempt);
    const leaked = client.bodies.slice(before).flatMap((body) => body.match(/CANARY[A-Z]+\d+X/g) ?? []);
    expect(leaked.some((m) => m.startsWith('CANARYFB'))).toBe(true);
    // The accepted answers of the learner's language (English here: two of the three).
    expect(leaked.filter((m) => m.startsWith('CANARYACC'))).toHaveLength(2);
    expect(leaked.filter((m) => m.startsWith('CANARYCID') || m.startsWith('CANARYQID'))).toEqual([]);
  });

  it('feedback shown without answers: accepted answers stay hidden', async () => {
    const { client, variables } = await canaryAttempt(RevealPolicy.AFTER_EACH_ATTEMPT, RevealPolicy.NEVER);
    const attempt = await takeWithoutSubmitting(client, variables);
    await submit(client, attempt);
    const leaked = client.leaked();
    expect(leaked.some((m) => m.startsWith('CANARYFB'))).toBe(true);
    expect(leaked.filter((m) => !m.startsWith('CANARYFB'))).toEqual([]);
  });

  it('while a later attempt is open, reading an earlier one reveals nothing (the same questions are being answered)', async () => {
    // Feedback after each attempt, answers after the last of two: starting the second used to reveal both.
    const { client, variables } = await canaryAttempt(
      RevealPolicy.AFTER_EACH_ATTEMPT,
      RevealPolicy.AFTER_LAST_ATTEMPT,
      2,
    );
    const first = await takeWithoutSubmitting(client, variables);
    await submit(client, first);
    const start = `mutation($e: ID!, $q: ID!) { startQuizAttempt(enrolmentId: $e, quizId: $q) { ${ATTEMPT} } }`;
    const { startQuizAttempt: second } = await client.ok<{ startQuizAttempt: Attempt }>(start, variables);
    const read = () =>
      Promise.all([
        client.ok(`query($id: ID!) { quizAttempt(id: $id) { ${ATTEMPT} } }`, { id: first.id }),
        client.ok(
          `query($e: ID!, $q: ID!) { quizAttempts(enrolmentId: $e, quizId: $q) { ${ATTEMPT} } }`,
          variables,
        ),
      ]);
    const before = client.bodies.length;
    await read();
    const whileOpen = client.bodies.slice(before);
    expect(whileOpen).toHaveLength(2);
    expect(whileOpen.flatMap((body) => body.match(/CANARY[A-Z]+\d+X/g) ?? [])).toEqual([]);
    // Once the last attempt is submitted, both reviews show again.
    await submit(client, second);
    const after = client.bodies.length;
    await read();
    const closed = client.bodies.slice(after).flatMap((body) => body.match(/CANARY[A-Z]+\d+X/g) ?? []);
    expect(closed.some((m) => m.startsWith('CANARYFB'))).toBe(true);
    expect(closed.some((m) => m.startsWith('CANARYACC'))).toBe(true);
  });
});
