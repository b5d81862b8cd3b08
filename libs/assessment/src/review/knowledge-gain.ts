import { QuizKind, type QuizSnapshot } from '@parity/curriculum';
import type { KnowledgeGainType } from '@parity/learning';

const round = (value: number): number => Math.round(value * 100) / 100;

/**
 * The gain between a pre-test and its post-test (either side may be given): both counted scores and post − pre,
 * null when the quiz has no graded partner.
 */
export function knowledgeGain(
  quiz: QuizSnapshot,
  partner: QuizSnapshot | null,
  scoreOf: (quizId: string) => number | null,
): KnowledgeGainType | null {
  if (!partner) return null;
  const pre = quiz.kind === QuizKind.PRE_TEST ? quiz : partner;
  const post = quiz.kind === QuizKind.PRE_TEST ? partner : quiz;
  if (pre.kind !== QuizKind.PRE_TEST || post.kind !== QuizKind.POST_TEST) return null;
  const preScore = scoreOf(pre.id);
  const postScore = scoreOf(post.id);
  return {
    preQuizId: pre.id,
    postQuizId: post.id,
    preScore,
    postScore,
    gain: preScore === null || postScore === null ? null : round(postScore - preScore),
  };
}
