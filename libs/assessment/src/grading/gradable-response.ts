/** An answer in the question's own choice ids (translated from the attempt's opaque ids before grading). */
export interface GradableResponse {
  /** Selected choices; for ordering, every item in the learner's order. */
  choiceIds: string[];
  text: string | null;
  /** Matching: left choice → the choice whose match text the learner chose. */
  pairs: { choiceId: string; targetChoiceId: string }[];
}

export const EMPTY_RESPONSE: GradableResponse = { choiceIds: [], text: null, pairs: [] };
