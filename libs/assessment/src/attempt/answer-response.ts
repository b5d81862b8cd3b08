/** A saved answer, in the attempt's opaque ids (option ids in the learner's order for ordering). */
export interface AnswerResponse {
  optionIds: string[];
  text: string | null;
  pairs: { optionId: string; targetId: string }[];
}
