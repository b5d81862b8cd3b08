import { CountingRule, QuizKind, RevealPolicy, type QuizSnapshot } from '@parity/curriculum';
import { knowledgeGain } from './knowledge-gain';

const quiz = (id: string, kind: QuizKind): QuizSnapshot => ({
  id,
  kind,
  pairedQuizId: null,
  title: {},
  passingScore: null,
  attemptsAllowed: null,
  countingRule: CountingRule.HIGHEST,
  timeLimitSeconds: null,
  shuffleQuestions: false,
  shuffleChoices: false,
  feedbackPolicy: RevealPolicy.NEVER,
  answersPolicy: RevealPolicy.NEVER,
  items: [],
  questions: [],
});

describe('knowledge gain of a pre/post-test pair', () => {
  const pre = quiz('pre', QuizKind.PRE_TEST);
  const post = quiz('post', QuizKind.POST_TEST);
  const scores: Record<string, number | null> = { pre: 40, post: 85.5 };

  it('is post minus pre, from either side of the pair', () => {
    const expected = { preQuizId: 'pre', postQuizId: 'post', preScore: 40, postScore: 85.5, gain: 45.5 };
    expect(knowledgeGain(post, pre, (id) => scores[id] ?? null)).toEqual(expected);
    expect(knowledgeGain(pre, post, (id) => scores[id] ?? null)).toEqual(expected);
  });

  it('has no gain until both are taken', () => {
    expect(knowledgeGain(pre, post, (id) => (id === 'pre' ? 40 : null))?.gain).toBeNull();
  });

  it('is absent without a pre/post partner', () => {
    expect(knowledgeGain(quiz('g', QuizKind.GRADED), null, () => 50)).toBeNull();
  });
});
