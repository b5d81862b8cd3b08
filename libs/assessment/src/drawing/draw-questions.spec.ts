import {
  CountingRule,
  QuestionType,
  QuizKind,
  RevealPolicy,
  type QuestionData,
  type QuizSnapshot,
} from '@parity/curriculum';
import { questionFixture } from '../testing/question-fixture';
import { seededRandom } from '../testing/seeded-random';
import { drawQuestions } from './draw-questions';

const choices = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `choice-${i}`, text: { en: `Choice ${i}` }, correct: i === 0 }));

function quiz(questions: QuestionData[], items: QuizSnapshot['items'], shuffle = false): QuizSnapshot {
  return {
    id: 'quiz-1',
    pairedQuizId: null,
    title: { en: 'Quiz' },
    kind: QuizKind.GRADED,
    passingScore: 50,
    attemptsAllowed: null,
    countingRule: CountingRule.HIGHEST,
    timeLimitSeconds: null,
    shuffleQuestions: shuffle,
    shuffleChoices: shuffle,
    feedbackPolicy: RevealPolicy.NEVER,
    answersPolicy: RevealPolicy.NEVER,
    items,
    questions,
  };
}

const fixed = (question: QuestionData) => ({
  questionId: question.id,
  bankId: question.bankId,
  category: null,
  count: null,
  questionIds: [question.id],
});

describe('drawing the questions of an attempt', () => {
  const single = questionFixture({ type: QuestionType.SINGLE_CHOICE, choices: choices(5) });
  const trueFalse = questionFixture({
    type: QuestionType.TRUE_FALSE,
    choices: [
      { id: 'true', text: { en: 'True' }, correct: true },
      { id: 'false', text: { en: 'False' }, correct: false },
    ],
  });
  const likert = questionFixture({ type: QuestionType.LIKERT, choices: choices(5) });
  const pool = Array.from({ length: 10 }, () =>
    questionFixture({ type: QuestionType.SINGLE_CHOICE, choices: choices(3), category: 'pool' }),
  );
  const draw = {
    questionId: null,
    bankId: 'bank-1',
    category: 'pool',
    count: 3,
    questionIds: pool.map((q) => q.id),
  };

  it('keeps the authored order when the quiz does not shuffle', () => {
    const drawn = drawQuestions(
      quiz([single, trueFalse], [fixed(single), fixed(trueFalse)]),
      seededRandom(1),
    );
    expect(drawn.map((q) => q.questionId)).toEqual([single.id, trueFalse.id]);
    expect(drawn[0]?.options.map((o) => o.choiceId)).toEqual(single.choices.map((c) => c.id));
  });

  it('draws N distinct questions from a pool, a different selection for different attempts', () => {
    const snapshot = quiz([...pool], [draw]);
    const selections = new Set<string>();
    for (let seed = 1; seed <= 10; seed++) {
      const ids = drawQuestions(snapshot, seededRandom(seed)).map((q) => q.questionId);
      expect(ids).toHaveLength(3);
      expect(new Set(ids).size).toBe(3);
      for (const id of ids) expect(draw.questionIds).toContain(id);
      selections.add([...ids].sort().join());
    }
    expect(selections.size).toBeGreaterThan(1);
  });

  it('never draws a fixed question again from a pool it belongs to', () => {
    const first = pool[0] as QuestionData;
    for (let seed = 1; seed <= 20; seed++) {
      const ids = drawQuestions(quiz(pool, [fixed(first), { ...draw, count: 10 }]), seededRandom(seed)).map(
        (q) => q.questionId,
      );
      expect(ids).toHaveLength(10);
      expect(new Set(ids).size).toBe(10);
    }
  });

  it('shuffles questions and choices when the quiz says so, but never true/false or Likert scales', () => {
    const snapshot = quiz(
      [single, trueFalse, likert, ...pool],
      [fixed(single), fixed(trueFalse), fixed(likert), draw],
      true,
    );
    const questionOrders = new Set<string>();
    const choiceOrders = new Set<string>();
    for (let seed = 1; seed <= 10; seed++) {
      const drawn = drawQuestions(snapshot, seededRandom(seed));
      questionOrders.add(drawn.map((q) => q.questionId).join());
      choiceOrders.add(
        drawn
          .find((q) => q.questionId === single.id)
          ?.options.map((o) => o.choiceId)
          .join() ?? '',
      );
      const scale = drawn.find((q) => q.questionId === likert.id);
      expect(scale?.options.map((o) => o.choiceId)).toEqual(likert.choices.map((c) => c.id));
      const tf = drawn.find((q) => q.questionId === trueFalse.id);
      expect(tf?.options.map((o) => o.choiceId)).toEqual(['true', 'false']);
    }
    expect(questionOrders.size).toBeGreaterThan(1);
    expect(choiceOrders.size).toBeGreaterThan(1);
  });

  it('gives opaque keys, option ids and match targets that are not the bank ids', () => {
    const matching = questionFixture({
      type: QuestionType.MATCHING,
      choices: [
        { id: 'left-1', text: { en: 'A' }, match: { en: 'a' } },
        { id: 'left-2', text: { en: 'B' }, match: { en: 'b' } },
      ],
    });
    const [drawn] = drawQuestions(quiz([matching], [fixed(matching)]), seededRandom(3));
    const visible = [
      drawn?.key,
      ...(drawn?.options ?? []).map((o) => o.id),
      ...(drawn?.targets ?? []).map((t) => t.id),
    ];
    expect(new Set(visible).size).toBe(5);
    for (const id of visible) expect(['left-1', 'left-2', matching.id]).not.toContain(id);
    expect(drawn?.targets.map((t) => t.choiceId).sort()).toEqual(['left-1', 'left-2']);
  });

  it('shuffles ordering items even without shuffling, uniformly: over many draws, both orders of two items', () => {
    const ordering = (n: number) =>
      questionFixture({
        type: QuestionType.ORDERING,
        choices: Array.from({ length: n }, (_, i) => ({
          id: `item-${i}`,
          text: { en: `${i}` },
          order: i + 1,
        })),
      });
    for (const [n, permutations] of [
      [2, 2],
      [3, 6],
    ] as const) {
      const question = ordering(n);
      const counts = new Map<string, number>();
      const draws = 600;
      for (let seed = 1; seed <= draws; seed++) {
        const [drawn] = drawQuestions(quiz([question], [fixed(question)]), seededRandom(seed));
        const order = drawn?.options.map((o) => o.choiceId).join() ?? '';
        counts.set(order, (counts.get(order) ?? 0) + 1);
      }
      // Every order appears, the correct one included, none far from its share (seeded: not flaky).
      expect(counts.size).toBe(permutations);
      expect(counts.has(question.choices.map((c) => c.id).join())).toBe(true);
      for (const count of counts.values()) expect(count).toBeGreaterThan((draws / permutations) * 0.7);
    }
  });

  it('gives the same attempt for the same randomness (the draw is stored, never redone)', () => {
    const snapshot = quiz([single, ...pool], [fixed(single), draw], true);
    expect(drawQuestions(snapshot, seededRandom(7))).toEqual(drawQuestions(snapshot, seededRandom(7)));
  });
});
