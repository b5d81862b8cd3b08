import type { AnswerResponse } from '../attempt/answer-response';
import type { DrawnQuestion } from '../drawing/drawn-question';
import { EMPTY_RESPONSE, type GradableResponse } from './gradable-response';

/** Translates a saved answer from the attempt's opaque ids to the question's choice ids (unknown ids drop out). */
export function toGradable(question: DrawnQuestion, response: AnswerResponse | null): GradableResponse {
  if (!response) return EMPTY_RESPONSE;
  const option = new Map(question.options.map((o) => [o.id, o.choiceId]));
  const target = new Map(question.targets.map((t) => [t.id, t.choiceId]));
  return {
    choiceIds: response.optionIds.flatMap((id) => {
      const choiceId = option.get(id);
      return choiceId ? [choiceId] : [];
    }),
    text: response.text,
    pairs: response.pairs.flatMap(({ optionId, targetId }) => {
      const choiceId = option.get(optionId);
      const targetChoiceId = target.get(targetId);
      return choiceId && targetChoiceId ? [{ choiceId, targetChoiceId }] : [];
    }),
  };
}
